/// Writes a short title (2–6 words) for an inferred section from its most salient noun phrases.
///
/// A word's salience in a section is how often the section uses it times the share of the article's uses that fall
/// in the section; a phrase (a run of content words, no punctuation inside, no verb-like word after its first) scores
/// the salience of its words, summed over its occurrences. Titles of one article are kept distinct.
struct SectionTitleWriter {
    private let text: ScalarText
    private let words: [[ContentWord]]
    private var documentFrequency: [String: Int] = [:]
    private var used: Set<String> = []

    /// Prepares a writer for an article's sentences (their words, as read by ``ContentWordReader``).
    init(text: ScalarText, words: [[ContentWord]]) {
        self.text = text
        self.words = words
        for sentence in words {
            for stem in Set(sentence.map(\.stem)) where !stem.isEmpty { documentFrequency[stem, default: 0] += 1 }
        }
    }

    /// Marks a title (e.g. an explicit heading) as taken.
    mutating func reserve(_ title: String) { used.insert(title.lowercased()) }

    /// A generated title for the sentences in `range`.
    mutating func title(for range: Range<Int>) -> String {
        var sectionFrequency: [String: Int] = [:]
        for sentence in words[range] {
            for stem in Set(sentence.map(\.stem)) where !stem.isEmpty { sectionFrequency[stem, default: 0] += 1 }
        }
        func salience(_ stem: String) -> Double {
            let inSection = Double(sectionFrequency[stem] ?? 0)
            return inSection * inSection / Double(max(1, documentFrequency[stem] ?? 1))
        }
        var phrases = NounPhraseCollector(text: text).phrases(in: words[range])
        for index in phrases.indices {
            let stems = phrases[index].stems
            let weight = stems.reduce(0) { $0 + salience($1) } / Double(stems.count).squareRoot()
            phrases[index].score = weight * Double(phrases[index].occurrences)
        }
        let ranked = phrases.sorted { $0.score != $1.score ? $0.score > $1.score : $0.firstOffset < $1.firstOffset }
        for (position, phrase) in ranked.enumerated() {
            var title = phrase.surface
            if phrase.stems.count == 1,
               let partner = ranked[(position + 1)...].first(where: { Set($0.stems).isDisjoint(with: phrase.stems) && $0.stems.count <= 4 }) {
                let (first, second) = partner.firstOffset < phrase.firstOffset ? (partner, phrase) : (phrase, partner)
                title = first.surface + " and " + second.surface
            }
            let finished = SentenceCase.apply(title)
            if used.insert(finished.lowercased()).inserted { return finished }
        }
        let fallback = SentenceCase.apply(words[range.lowerBound].prefix(4).map { text.slice($0.start, $0.end) }.joined(separator: " "))
        used.insert(fallback.lowercased())
        return fallback
    }
}

/// Sentence case for generated titles and headlines: the first letter raised, the rest as written.
enum SentenceCase {
    /// `text` with its first scalar upper-cased.
    static func apply(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return String(first).uppercased() + String(text.unicodeScalars.dropFirst())
    }
}
