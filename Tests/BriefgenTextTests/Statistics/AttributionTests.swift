import BriefgenText
import Testing

/// Who gives a figure, and how sure it is.
struct AttributionTests {
    private func first(_ sentences: String...) -> Statistic? {
        let (text, parts) = StatisticTestSupport.text(sentences)
        let entities = EntityRecognizer().recognize(text, sentences: parts)
        return StatisticExtractor().extract(text, sentences: parts, timexes: [], entities: entities).last
    }

    @Test func verifiedWhenTheSourceSaysItVerified() {
        let figure = first("The U.N. Human Rights Monitoring Mission in Ukraine said it had verified 12,910 civilian deaths since February 2022.")
        #expect(figure?.attribution == .init(who: "U.N. Human Rights Monitoring Mission in Ukraine", verb: "verified"))
        #expect(figure?.verification == .verified)
    }

    @Test func claimedWhenAPartyToTheConflictGivesIt() {
        let figure = first("The Ukrainian air force reported a Russian offensive involving 108 Shahed and decoy drones.")
        #expect(figure?.attribution == .init(who: "Ukrainian air force", verb: "reported"))
        #expect(figure?.verification == .claimed)
    }

    @Test func claimedWhenTheNextSentenceSaysItCouldNotBeVerified() {
        let figure = first("Russia launched 23 drones overnight, a monitoring group said.", "Reuters could not independently verify the report.")
        #expect(figure?.verification == .claimed)
    }

    @Test func reportedForInternationalOrganizationsWithoutVerification() {
        let figure = first("According to the 'United Nations', over 13,000 people have been killed since 2014.")
        #expect(figure?.attribution == .init(who: "United Nations", verb: "according to"))
        #expect(figure?.verification == .reported)
    }

    @Test func reportedForUnnamedOfficials() {
        let figure = first("A drone attack on Kharkiv resulted in at least 45 civilian injuries, officials reported.")
        #expect(figure?.attribution == .init(who: "officials", verb: "reported"))
        #expect(figure?.verification == .reported)
    }

    @Test func resolvesHeSaidToTheLastNamedSpeaker() {
        let figure = first("Kharkiv Mayor Ihor Terekhov said the city had been hit overnight.", "Nine people were wounded, he said.")
        #expect(figure?.attribution == .init(who: "Kharkiv Mayor Ihor Terekhov", verb: "said"))
        #expect(figure?.verification == .claimed)
    }

    @Test func readsInvertedAttributionAfterTheFigure() {
        let figure = first("Fewer than 6,000 have reached the camp in Tawila, said Shashwat Saraf, country director for the Norwegian Refugee Council.")
        #expect(figure?.attribution == .init(who: "Shashwat Saraf", verb: "said"))
        #expect(figure?.qualifier == .fewerThan)
    }

    @Test func readsDataFromASourceAsTheSource() {
        let figure = first("The price of wheat rose 12% in March, data from the International Grains Council showed.")
        #expect(figure?.attribution == .init(who: "International Grains Council", verb: "showed"))
    }

    @Test func carriesTheSourceIntoAContinuingSentence() {
        let figure = first("The health ministry said 30 people were killed.", "Another 12 were injured.")
        #expect(figure?.attribution == .init(who: "health ministry", verb: "said"))
    }

    @Test func unattributedWhenNoSourceIsGiven() {
        let figure = first("The attack on Kryvyi Rih resulted in 18 deaths.")
        #expect(figure?.attribution == nil)
        #expect(figure?.verification == .unattributed)
    }

    @Test func takesTheSourceFromAShortSourceLineAfterTheFigure() {
        let figure = first("Russia launched 100 drones at Ukraine overnight.", "That's according to the Ukrainian air force.")
        #expect(figure?.attribution == .init(who: "Ukrainian air force", verb: "according to"))
        #expect(figure?.verification == .claimed)
        let unsourced = first("Some 40 people were injured in the strike.", "Rescuers worked through the night to clear the rubble.")
        #expect(unsourced?.attribution == nil)
    }

    @Test func readsTheSourceBehindFiguresFromAndCiting() {
        let figures = first("At least 52 people were killed, according to figures from the Gaza health ministry.")
        #expect(figures?.attribution == .init(who: "Gaza health ministry", verb: "according to"))
        #expect(figures?.verification == .claimed)
        let citing = first("Al Jazeera reported 30 deaths, citing local officials.")
        #expect(citing?.attribution == .init(who: "local officials", verb: "citing"))
    }

    @Test func findsTheSpeakerBeforeAnAside() {
        let figure = first("Zin, a 44-year-old resident who witnessed the bombings, said dozens of houses were destroyed.")
        #expect(figure?.attribution == .init(who: "Zin", verb: "said"))
    }

    @Test func readsEyewitnessesAfterAQuote() {
        let figure = first("\u{201C}19 people were killed, including eight children,\u{201D} said the man.", "In total the jet dropped six bombs, he said.")
        #expect(figure?.attribution == .init(who: "man", verb: "said"))
        #expect(figure?.verification == .reported)
    }

    @Test func ignoresCapitalizedVerbsInsideNames() {
        let figure = first("United States strikes in Sanaa province have killed six people, Houthi media said.")
        #expect(figure?.attribution == .init(who: "Houthi media", verb: "said"))
        #expect(figure?.verification == .claimed)
    }

    @Test func readsThePassiveSource() {
        let figure = first("Ten deaths were confirmed by the health ministry on Monday.")
        #expect(figure?.attribution == .init(who: "health ministry", verb: "confirmed"))
        #expect(figure?.verification == .claimed)
        let verified = first("Some 1,200 civilian deaths have been verified by the U.N. monitoring mission.")
        #expect(verified?.verification == .verified)
    }
}
