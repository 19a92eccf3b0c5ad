import BriefgenText
import Testing

/// Numbers in every form news uses.
struct NumberParserTests {
    private func only(_ sentence: String) -> NumberMention? {
        let mentions = StatisticTestSupport.numbers(sentence)
        #expect(mentions.count == 1, "\(mentions)")
        return mentions.first
    }

    @Test func readsDigitsWithThousandsSeparatorsAndDecimals() {
        #expect(only("the U.N. verified 2,641 civilian casualties")?.value == 2641)
        #expect(only("a 3.5 magnitude blast")?.value == 3.5)
        #expect(only("some 1,500,000 people")?.value == 1_500_000)
    }

    @Test func readsNumberWordsAndCompounds() {
        #expect(only("eighteen people were killed")?.value == 18)
        #expect(only("twenty-one soldiers")?.value == 21)
        #expect(only("one hundred and two houses")?.value == 102)
        #expect(only("two dozen drones")?.value == 24)
        #expect(only("a dozen strikes")?.value == 12)
        #expect(only("three million, two hundred & forty, you say")?.value == 3_000_240)
    }

    @Test func readsFractionsAsFractions() {
        let fifth = only("nearly one-fifth of Ukraine’s territory")
        #expect(fifth?.value == 0.2)
        #expect(fifth?.isFraction == true)
        #expect(only("a third of Gaza's buildings")?.value == 1.0 / 3)
        #expect(only("two thirds of the cake")?.value == 2.0 / 3)
        #expect(only("half of the population")?.value == 0.5)
        #expect(only("two and a half miles")?.value == 2.5)
        #expect(only("a ⅓ cup")?.value == 1.0 / 3)
        #expect(StatisticTestSupport.numbers("a third attack").isEmpty)
    }

    @Test func readsScalesAndMoney() {
        let aid = only("a $500 billion package")
        #expect(aid?.value == 500_000_000_000)
        #expect(aid?.currency == "USD")
        #expect(only("1.2 million people")?.value == 1_200_000)
        let euros = only("a €3bn loan")
        #expect(euros?.value == 3_000_000_000)
        #expect(euros?.currency == "EUR")
        #expect(only("£2,000 for cotton")?.currency == "GBP")
        #expect(only("20 million pounds sterling")?.currency == "GBP")
    }

    @Test func readsPercentagesInEveryWriting() {
        for sentence in ["rose by 46%", "rose by 46 percent", "rose by 46 per cent"] {
            let mention = only(sentence)
            #expect(mention?.value == 46)
            #expect(mention?.isPercent == true)
        }
    }

    @Test func readsRangesWithLowAndHigh() {
        for sentence in ["10 to 12 people", "10-12 people", "between 10 and 12 people", "10 – 12 people"] {
            let mention = only(sentence)
            #expect(mention?.value == 10)
            #expect(mention?.low == 10)
            #expect(mention?.high == 12)
        }
        let money = only("$5-7 billion in aid")
        #expect(money?.low == 5_000_000_000)
        #expect(money?.high == 7_000_000_000)
        #expect(only("from 50 to 80% of the heat")?.isPercent == true)
    }

    @Test func keepsChangesFromRangesApart() {
        #expect(StatisticExtractorTests.values(StatisticTestSupport.numbers("the toll rose from 10 to 18")) == [10, 18])
    }

    @Test func readsVagueMagnitudesAsTheirMagnitude() {
        let hundreds = only("hundreds of civilians")
        #expect(hundreds?.value == 100)
        #expect(hundreds?.isVague == true)
        #expect(only("tens of thousands of people")?.value == 10_000)
        #expect(only("several hundred soldiers")?.value == 100)
        #expect(StatisticTestSupport.numbers("with millions affected").isEmpty)
    }

    @Test func readsScientificAndNegativeNumbers() {
        #expect(only("a factor of 2.48×10−5")?.value == 2.48e-5)
        #expect(only("now its -10C")?.value == -10)
    }
}
