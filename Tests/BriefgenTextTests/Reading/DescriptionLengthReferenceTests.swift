import Foundation
import Testing
@testable import BriefgenText

/// ``DescriptionLengthSegmenter`` with its gains made once and its counts read through buffers: the cuts of the
/// segmenter as it was (gains made on demand), on the seed articles' sentences and on generated ones.
struct DescriptionLengthReferenceTests {
    /// The segmenter as it was.
    private func referenceBoundaries(_ sentences: [[Int]], minimumLength: Int = 3, maximumLength: Int = 80,
                                     allowed: (Int) -> Bool) -> [Int] {
        let count = sentences.count
        guard count >= 2 * minimumLength else { return [] }
        let vocabulary = (sentences.flatMap { $0 }.max() ?? -1) + 1
        let totalWords = sentences.reduce(0) { $0 + $1.count }
        guard totalWords > 0 else { return [] }
        let boundaryCost = log(Double(totalWords))
        var best = [Double](repeating: .infinity, count: count + 1)
        var previous = [Int](repeating: 0, count: count + 1)
        best[0] = 0
        var frequency = [Int](repeating: 0, count: vocabulary)
        var gains: [Double] = []
        func gain(_ seen: Int) -> Double {
            while gains.count <= seen {
                let f = Double(gains.count)
                gains.append((f + 1) * log(f + 2) - f * log(f + 1))
            }
            return gains[seen]
        }
        var touched: [Int] = []
        for start in 0..<count where best[start] < .infinity && (start == 0 || allowed(start)) {
            var words = 0
            var selfInformation = 0.0
            for end in (start + 1)...min(count, start + maximumLength) {
                for term in sentences[end - 1] {
                    if frequency[term] == 0 { touched.append(term) }
                    selfInformation += gain(frequency[term])
                    frequency[term] += 1
                    words += 1
                }
                guard end - start >= minimumLength || (start == 0 && end == count) else { continue }
                guard end == count || allowed(end) else { continue }
                let cost = Double(words) * log(Double(words + vocabulary)) - selfInformation + boundaryCost
                if best[start] + cost < best[end] {
                    best[end] = best[start] + cost
                    previous[end] = start
                }
            }
            for term in touched { frequency[term] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        guard best[count] < .infinity else { return [] }
        var cuts: [Int] = []
        var position = count
        while position > 0 {
            position = previous[position]
            if position > 0 { cuts.append(position) }
        }
        return cuts.reversed()
    }

    @Test func seedArticlesCutAsBefore() {
        for body in [SeedArticles.minerals, SeedArticles.negotiations] {
            let text = ScalarText(body)
            let sentences = SentenceSplitter().split(text)
            let vectors = TermVocabulary().terms(ArticleWords(text, sentences: sentences).sentences)
            for every in [1, 2, 3] {
                let allowed: (Int) -> Bool = { $0 % every == 0 }
                #expect(DescriptionLengthSegmenter().boundaries(vectors, allowed: allowed)
                        == referenceBoundaries(vectors, allowed: allowed))
            }
        }
    }

    @Test func generatedSentencesCutAsBefore() {
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<200 {
            let count = Int.random(in: 0...120, using: &generator)
            let vocabulary = Int.random(in: 1...60, using: &generator)
            let vectors = (0..<count).map { _ in
                (0..<Int.random(in: 0...25, using: &generator)).map { _ in Int.random(in: 0..<vocabulary, using: &generator) }
            }
            let allowed: (Int) -> Bool = { trial % 2 == 0 || $0 % 3 == 0 }
            #expect(DescriptionLengthSegmenter().boundaries(vectors, allowed: allowed) == referenceBoundaries(vectors, allowed: allowed))
            let short = DescriptionLengthSegmenter(minimumLength: 2, maximumLength: 5)
            #expect(short.boundaries(vectors, allowed: allowed)
                    == referenceBoundaries(vectors, minimumLength: 2, maximumLength: 5, allowed: allowed))
        }
    }
}
