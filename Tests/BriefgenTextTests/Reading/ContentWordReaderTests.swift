import Testing
@testable import BriefgenText

/// The words ``ContentWordReader`` reads: word spans (inner joiners, a dotted abbreviation's last period), stem
/// numbers (stop words -1, inflections of one stem sharing a number, numbered by first use), capitals, punctuation
/// before a word and the phrase-word tests, on ASCII and non-ASCII text. The expected values are those the reader gave
/// while its word forms still carried their lower-case and stem strings.
struct ContentWordReaderTests {
    /// Each word as `surface|stem id|flags`: C capitalized, P after punctuation, V verb-shaped, F filler adjective.
    private func read(_ string: String) -> [String] {
        let text = ScalarText(string)
        var reader = ContentWordReader(scalars: text.scalars)
        return reader.words(0, text.count).map { word in
            let flags = (word.isCapitalized ? "C" : "") + (word.followsPunctuation ? "P" : "")
                + (word.isVerbShaped ? "V" : "") + (word.isFiller ? "F" : "")
            return "\(text.substring(word.start, word.end))|\(word.stemID)|\(flags)"
        }
    }

    @Test func readsASCIIWordsWithAbbreviationsFiguresAndInflections() {
        let words = read("The U.N. said on Jan. 5 that 2,641 people fled; attacks, Attack and ATTACKS injured "
            + "officials' staff in so-called e-mail raids, 3.5 percent of them (significant).")
        #expect(words == [
            "The|-1|CP", "U.N.|0|C", "said|-1|", "on|-1|", "Jan|1|C", "5|-1|P", "that|-1|", "2,641|-1|", "people|2|",
            "fled|3|V", "attacks|4|P", "Attack|4|CP", "and|-1|", "ATTACKS|4|C", "injured|5|V", "officials|6|", "staff|7|P",
            "in|-1|", "so-called|8|VF", "e-mail|9|", "raids|10|", "3.5|-1|P", "percent|-1|", "of|-1|", "them|-1|",
            "significant|11|PF",
        ])
    }

    @Test func readsAccentedCurlyAndNonLatinWords() {
        let words = read("“Zoë’s neighbours” fled Kyiv’s suburbs — Straße São Paulo, Ünal; Москва и Москве. 東京 ٣٤٥ İstanbul’s")
        #expect(words == [
            "Zoë’s|0|CP", "neighbours|1|", "fled|2|PV", "Kyiv’s|3|C", "suburbs|4|", "Straße|5|CP", "São|6|C",
            "Paulo|7|C", "Ünal|8|CP", "Москва|9|CP", "и|-1|", "Москве|10|C", "東京|-1|P", "٣٤٥|-1|", "İstanbul’s|11|C",
        ])
    }

    @Test func numbersStemsByFirstUseInEveryReaderAlike() {
        let string = "Talks resumed. The talks, talking and resuming: Resumed talks."
        let text = ScalarText(string)
        var first = ContentWordReader(scalars: text.scalars)
        var second = ContentWordReader(scalars: text.scalars)
        let once = first.words(0, text.count)
        #expect(second.words(0, text.count) == once)
        #expect(once.map(\.stemID) == [0, 1, -1, 0, 0, -1, 1, 1, 0])
        #expect(first.stemCount == 2)
    }

    @Test func wordScalarsAreLettersAndNumbers() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            #expect(ContentWordReader.isWordScalar(scalar) == expected, "\(value)")
        }
    }
}
