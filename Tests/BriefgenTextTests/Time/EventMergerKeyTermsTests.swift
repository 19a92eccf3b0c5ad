import Testing
@testable import BriefgenText

/// Key terms read scalar by scalar on ASCII give what lowercasing each scalar as a String gave.
struct EventMergerKeyTermsTests {
    /// The reference: the reader before the ASCII fast path (each alphabetic scalar lowercased as a String).
    static func reference(_ text: String) -> Set<String> {
        let merger = EventMerger()
        var terms: Set<String> = []
        var word = ""
        func flush() {
            defer { word = "" }
            guard word.count >= 3, !EventMerger.stopWords.contains(word), !word.allSatisfy(\.isNumber),
                  !EventMerger.dateWords.contains(word) else { return }
            terms.insert(merger.stem(word))
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return terms
    }

    @Test(arguments: [
        "Russian forces ATTACKED Kharkiv's power grid on Monday, injuring 45 people.",
        "ΣΟΦΙΑ İstanbul Straße Kyiv’s Київ Ǆemal ﬁre 2,641 drones — U.N. 46% ٣٤ Ⅻ ½",
        "Officials said 18 people died in Kryvyi Rih after a missile strike. 2024-04-24 Su-34 F-16",
        "bombing bombings reed seeds sing strings ing 12th abc123 1990s KILLED Killings Ώρα Élysée’s naïve 007 0x1F",
        "",
    ])
    func sameTermsAsLowercasingEachScalar(_ text: String) {
        #expect(EventMerger().keyTerms(text) == Self.reference(text))
    }

    /// The digests the merge compares are those of the terms (the ASCII path digests bytes without making strings).
    @Test(arguments: [
        "Russian forces ATTACKED Kharkiv's power grid on Monday, injuring 45 people.",
        "ΣΟΦΙΑ İstanbul Straße Kyiv’s Київ Ǆemal ﬁre 2,641 drones — U.N. 46% ٣٤ Ⅻ ½",
        "bombing bombings reed seeds sing strings ing 12th abc123 1990s KILLED Killings Ώρα Élysée’s naïve 007 0x1F",
        "The officials said that the attack on Thursday morning killed those who were there in March",
        "",
    ])
    func digestsAreTheTermsDigests(_ text: String) {
        let scalars = ScalarText(text + ". Summary")
        let sentences = [Sentence(start: 0, end: text.unicodeScalars.count, paragraph: 0)]
        let event = DatedEvent(date: "2025-04-01", precision: .day, sentence: 0, summary: "Strikes on Kharkiv injured 45", timex: 0)
        let merger = EventMerger()
        let expected = Set(merger.keyTerms(of: event, in: scalars, sentences: sentences).map(EventMerger.termDigest)).sorted()
        #expect(merger.keyTermDigests(of: event, in: scalars, sentences: sentences) == expected)
        let outside = DatedEvent(date: "2025-04-01", precision: .day, sentence: 5, summary: "Strikes on Kharkiv", timex: 0)
        #expect(merger.keyTermDigests(of: outside, in: scalars, sentences: sentences)
            == Set(["strik", "kharkiv"].map(EventMerger.termDigest)).sorted())
    }

    /// The digests read from the UTF-8 in place, on awkward text: abbreviations and dates dropped, `-es`/`-ing`/`-ed`
    /// trimmed, curly apostrophes, CRLF, emoji and numbers ending words, Arabic and accented words whole, a combining
    /// mark (not alphabetic) splitting `e\u{301}clair`; the summary's words after the sentence's.
    @Test func digestsOfAwkwardText() {
        let sentence = "Jan. strikes on Kyiv’s café\r\n😀 bombing 2,641 one-fifth U.N. 46% April 1-24 قصف e\u{301}clair"
        let text = ScalarText(sentence + " Next.")
        let sentences = [Sentence(start: 0, end: sentence.unicodeScalars.count, paragraph: 0)]
        let event = DatedEvent(date: "2025-04-01", precision: .day, sentence: 0, summary: "Strikes on Kharkiv injured 45", timex: 0)
        let terms = ["strik", "kyiv", "café", "bomb", "one", "fifth", "قصف", "clair", "kharkiv", "injur"]
        #expect(EventMerger().keyTermDigests(of: event, in: text, sentences: sentences)
            == Set(terms.map(EventMerger.termDigest)).sorted())
        #expect(EventMerger().keyTermDigests(of: event, in: text.compacted(), sentences: sentences)
            == Set(terms.map(EventMerger.termDigest)).sorted())
    }

    /// The table of excluded digests answers as the set it is made from.
    @Test func digestTableAnswersAsItsSet() {
        let digests: [UInt64] = [0, 1, 17, 33, 0xFFFF_FFFF_FFFF_FFFF, EventMerger.termDigest("the"), EventMerger.termDigest("jan")]
        let table = DigestTable(digests)
        for digest in digests { #expect(table.contains(digest)) }
        for digest: UInt64 in [2, 16, 49, 0xFFFF_FFFF_FFFF_FFFE, EventMerger.termDigest("kyiv")] { #expect(!table.contains(digest)) }
        #expect(!DigestTable([UInt64]()).contains(0))
    }

    @Test func readsTheSeedLeadTerms() {
        #expect(EventMerger().keyTerms("Russian forces ATTACKED Kharkiv on Monday") == ["russian", "forc", "attack", "kharkiv"])
    }
}
