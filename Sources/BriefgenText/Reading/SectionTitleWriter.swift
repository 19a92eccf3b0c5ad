/// Writes a short title (2–6 words) for an inferred section from its most salient noun phrase.
///
/// A word's salience in a section is how many of the section's sentences use it times the share of the article's
/// uses that fall in the section. The title is the best-scoring phrase (a run of content words, see
/// ``NounPhraseCollector``) of two to four words that holds the section's most salient word; failing that, the two
/// most salient single words joined by "and". Titles of one article are kept distinct.
struct SectionTitleWriter {
    private let text: ScalarText
    private let words: [[ContentWord]]
    private var documentFrequency: [Int]
    private var used: Set<String> = []

    /// Prepares a writer for an article's sentences (their words, as read by ``ContentWordReader``).
    init(text: ScalarText, words: [[ContentWord]]) {
        self.text = text
        self.words = words
        // The highest stem id plus one, found in a plain loop (a lazy `flatMap` made an array per sentence).
        var highest = -1
        for sentence in words {
            for word in sentence where word.stemID > highest { highest = word.stemID }
        }
        let stemCount = highest + 1
        documentFrequency = [Int](repeating: 0, count: stemCount)
        // Each stem counted once per sentence: the last sentence that counted it.
        var countedIn = [Int](repeating: -1, count: stemCount)
        for (n, sentence) in words.enumerated() {
            for word in sentence where word.stemID >= 0 && countedIn[word.stemID] != n {
                countedIn[word.stemID] = n
                documentFrequency[word.stemID] += 1
            }
        }
    }

    /// Most candidate titles tried before falling back to the section's first words (keeps long articles linear).
    private static let attemptLimit = 24

    /// Prepares a writer for an article's words, with how many sentences use each stem as counted already
    /// (``ArticleWords/sentenceFrequency``, what the other initializer counts).
    init(text: ScalarText, words: ArticleWords) {
        self.text = text
        self.words = words.sentences
        documentFrequency = words.sentenceFrequency
    }

    /// Marks a title (e.g. an explicit heading) as taken.
    mutating func reserve(_ title: String) { used.insert(title.lowercased()) }

    /// A generated title for the sentences in `range`.
    mutating func title(for range: Range<Int>) -> String {
        // Per stem, indexed by its number (stems are numbered densely per article): how many of the section's
        // sentences use it, and its salience (0 for a stem the section does not use).
        let stemCount = documentFrequency.count
        var sectionFrequency = [Int](repeating: 0, count: stemCount)
        var countedIn = [Int](repeating: -1, count: stemCount)
        var sectionStems: [Int] = []
        for n in range {
            for word in words[n] where word.stemID >= 0 && countedIn[word.stemID] != n {
                countedIn[word.stemID] = n
                if sectionFrequency[word.stemID] == 0 { sectionStems.append(word.stemID) }
                sectionFrequency[word.stemID] += 1
            }
        }
        var saliences = [Double](repeating: 0, count: stemCount)
        for stem in sectionStems {
            let count = sectionFrequency[stem]
            saliences[stem] = Double(count * count) / Double(max(1, documentFrequency[stem]))
        }
        func salience(_ stem: Int) -> Double { stem >= 0 && stem < stemCount ? saliences[stem] : 0 }
        var phrases = NounPhraseCollector(text: text).phrases(in: words[range])
        for index in phrases.indices {
            let total = phrases[index].stems.reduce(0) { $0 + salience($1) }
            phrases[index].score = total * (1 + 0.25 * Double(phrases[index].occurrences - 1))
        }
        // The phrases that pass `include`, best first (each phrase starts at its own offset, so the order is total).
        // Sorting only the phrases a loop below takes keeps a section's many other phrases out of the sort.
        func ranked(_ include: (NounPhrase) -> Bool) -> [NounPhrase] {
            phrases.filter(include).sorted { $0.score != $1.score ? $0.score > $1.score : $0.firstOffset < $1.firstOffset }
        }
        var inPhrase = [Bool](repeating: false, count: stemCount)
        for phrase in phrases {
            for stem in phrase.stems where stem >= 0 && stem < stemCount { inPhrase[stem] = true }
        }
        // The order of `sectionStems` does not matter: the order is total (ties go by stem).
        let keyStems = Self.mostSalient(4, of: sectionStems.lazy.filter { inPhrase[$0] }, saliences: saliences)
        var attempts = 0
        for stem in keyStems where attempts < Self.attemptLimit {
            // The phrases of two words or more that hold the stem, tried in the order `ranked` sorts them, each taken
            // as the best of those left: the order is total, and most sections take their first, so sorting them all
            // was most of the work.
            var left = phrases.indices.filter { phrases[$0].stems.count >= 2 && phrases[$0].stems.contains(stem) }
            while attempts < Self.attemptLimit, let best = left.indices.min(by: { a, b in
                let (p, q) = (phrases[left[a]], phrases[left[b]])
                return p.score != q.score ? p.score > q.score : p.firstOffset < q.firstOffset
            }) {
                let phrase = phrases[left[best]]
                left.swapAt(best, left.count - 1)
                left.removeLast()
                attempts += 1
                if let title = take(surface(phrase)) { return title }
            }
        }
        let singles = ranked { $0.stems.count == 1 }.prefix(8)
        for (position, phrase) in singles.enumerated() {
            for partner in singles.dropFirst(position + 1) where partner.stems != phrase.stems && attempts < Self.attemptLimit {
                attempts += 1
                let (first, second) = partner.firstOffset < phrase.firstOffset ? (partner, phrase) : (phrase, partner)
                if let title = take(surface(first) + " and " + surface(second)) { return title }
            }
        }
        let lead = words[range.lowerBound].prefix(4).map { text.substring($0.start, $0.end) }.joined(separator: " ")
        return take(lead) ?? SentenceCase.apply(lead)
    }

    /// The `count` stems of `stems` with the highest salience, highest first, ties to the lower stem: the first `count`
    /// of `stems` sorted so, kept in one pass as the best so far (sorting every stem of a section's phrases to take four
    /// showed). Stems are distinct and saliences finite, so the order is total and the same stems come first.
    static func mostSalient<Stems: Sequence<Int>>(_ count: Int, of stems: Stems, saliences: [Double]) -> [Int] {
        func precedes(_ a: Int, _ b: Int) -> Bool {
            saliences[a] != saliences[b] ? saliences[a] > saliences[b] : a < b
        }
        guard count > 0 else { return [] }
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        for stem in stems where best.count < count || precedes(stem, best[best.count - 1]) {
            var position = best.count
            while position > 0, precedes(stem, best[position - 1]) { position -= 1 }
            best.insert(stem, at: position)
            if best.count > count { best.removeLast() }
        }
        return best
    }

    private func surface(_ phrase: NounPhrase) -> String { text.substring(phrase.start, phrase.end) }

    /// `candidate` in sentence case, if no other section has that title yet.
    private mutating func take(_ candidate: String) -> String? {
        let title = SentenceCase.apply(candidate)
        return used.insert(title.lowercased()).inserted ? title : nil
    }
}
