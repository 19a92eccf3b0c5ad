import Foundation

/// Infers a publication date from an article's own words, only where the text fixes it; otherwise `.unknown`.
///
/// - `April 1-24 of this year compared to the same weeks in 2024`: `this year` is the year after the one whose same
///   period it is compared with, so 2025, and a past statement about April 1-24 puts publication on or after 2025-04-24
///   (a lower bound). Only same-period comparisons count (`same`, `comparable`, `corresponding`).
/// - `last year (2024)`, `last year, in 2024`: the year after; `this year (2025)`, `this year, 2025`: that year.
/// - `earlier this month, on April 3, 2025`: this month is April 2025 (month precision).
///
/// A bare year mention never fixes anything.
public struct PublicationDateInferrer: Sendable {
    /// Words of a same-period comparison (`the same weeks in 2024`, `comparable periods in 1988`): only these tie
    /// `this year` to the year before the one named. `higher than in 2019` could be any earlier year, so it fixes nothing.
    private static let comparisonCues: WordSet = ["same", "comparable", "corresponding"]

    /// Creates an inferrer.
    public init() {}

    /// The publication date the text fixes, or `.unknown`.
    public func infer(_ text: ScalarText, sentences: [Sentence]) -> PublicationDate {
        let blocks = TokenBlocks(text, sentences: sentences)
        return infer(text, sentences: sentences, blocks: blocks, mentions: TimexRecognizer().recognize(blocks))
    }

    /// The publication date the text fixes, from already recognized expressions.
    func infer(_ text: ScalarText, sentences: [Sentence], blocks: TokenBlocks, mentions: [TimexMention]) -> PublicationDate {
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        for index in sentences.indices {
            let tokens = blocks.blocks[blocks.sentenceBlock[index]]
            let range = blocks.sentenceRange[index]
            guard let found = bySentence[index] else { continue }
            if let month = fixedMonth(found) {
                return PublicationDate(value: month, source: .textInferred, evidence: text.text(of: sentences[index]), precision: .month)
            }
            guard let year = fixedYear(found, tokens, sentence: range) else { continue }
            let evidence = text.text(of: sentences[index])
            let past = TenseDetector().tense(tokens, around: found[0].tokenRange.lowerBound, sentence: range) == .past
            if past, let bound = latestDay(found, year: year) {
                return PublicationDate(value: bound.description, source: .textInferred, evidence: evidence,
                                       precision: .day, isLowerBound: true)
            }
            return PublicationDate(value: year.zeroPadded(4), source: .textInferred, evidence: evidence,
                                   precision: .year)
        }
        return .unknown
    }

    private func isThisYear(_ meaning: TemporalMeaning) -> Bool {
        switch meaning {
        case .relativeUnit(.year, 0): return true
        case .calendar(let spec), .range(let spec, _): return spec.yearOffset == 0
        default: return false
        }
    }

    private func explicitYear(_ meaning: TemporalMeaning) -> Int? {
        if case .calendar(let spec) = meaning, spec.month == nil, spec.quarter == nil { return spec.year }
        return nil
    }

    /// The publication year one sentence fixes.
    private func fixedYear(_ mentions: [TimexMention], _ t: TimexRecognizer.Tokens, sentence: Range<Int>) -> Int? {
        for (n, mention) in mentions.enumerated() {
            let isLastYear = mention.meaning == .relativeUnit(.year, offset: -1)
            guard isThisYear(mention.meaning) || isLastYear else { continue }
            // Apposition: `last year (2024)`, `this year, in 2025`.
            if n + 1 < mentions.count, let year = explicitYear(mentions[n + 1].meaning) {
                let gap = mention.tokenRange.upperBound..<mentions[n + 1].tokenRange.lowerBound
                if gap.count <= 2, gap.allSatisfy({ t[$0]?.isMark("(") == true || t[$0]?.isMark(",") == true || t.isWord($0, "in") }),
                   !gap.isEmpty {
                    return isLastYear ? year + 1 : year
                }
            }
            // Comparison: `this year compared to the same weeks in 2024`.
            guard isThisYear(mention.meaning) else { continue }
            let cue = sentence.first { i in
                i >= mention.tokenRange.upperBound && t.word(i).map(Self.comparisonCues.contains) == true
            }
            guard let cue else { continue }
            // The year of the compared period: the first one named within a few words after the cue.
            let compared = mentions.first { m in
                m.tokenRange.lowerBound > cue && m.tokenRange.lowerBound - cue <= 6 && explicitYear(m.meaning) != nil
            }
            if let compared, let year = explicitYear(compared.meaning),
               mentions.allSatisfy({ explicitYear($0.meaning) == nil || $0.tokenRange.lowerBound > cue }) {
                return year + 1
            }
        }
        return nil
    }

    /// The publication month one sentence fixes: `this month` beside a date with its month and year.
    private func fixedMonth(_ mentions: [TimexMention]) -> String? {
        guard mentions.contains(where: { $0.meaning == .relativeUnit(.month, offset: 0) }) else { return nil }
        let months: [String] = mentions.compactMap { m in
            guard case .calendar(let spec) = m.meaning, let year = spec.year, let month = spec.month else { return nil }
            return year.zeroPadded(4) + "-" + month.zeroPadded(2)
        }
        return Set(months).count == 1 ? months[0] : nil
    }

    /// The latest day of `year` a sentence states in full (a range's last day counts).
    private func latestDay(_ mentions: [TimexMention], year: Int) -> CalendarDate? {
        var latest: CalendarDate?
        for mention in mentions {
            var spec: CalendarSpec
            switch mention.meaning {
            case .calendar(let s): spec = s
            case .range(_, let s): spec = s
            default: continue
            }
            guard let month = spec.month, let day = spec.day, spec.yearOffset == 0 || spec.year == year else { continue }
            let date = CalendarDate(year: year, month: month, day: day)
            if latest.map({ date > $0 }) ?? true { latest = date }
        }
        return latest
    }
}
