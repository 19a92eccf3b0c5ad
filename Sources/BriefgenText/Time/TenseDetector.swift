/// Whether a sentence speaks of the past or of something ahead, judged from its future markers.
///
/// News reports the past unless a clause says otherwise (`will`, `is poised to`, `is set to`, `plans to`). A future marker
/// under an earlier statement (`has previously stated that … set to begin`) speaks of the future of that earlier time, so
/// it does not count.
struct TenseDetector: Sendable {
    /// The reading a relative date needs.
    enum Tense: Sendable, Hashable { case past, future }

    private static let futureWords: Set<String> = ["will", "shall", "upcoming", "it'll", "they'll", "we'll", "he'll", "she'll"]
    private static let futureBeforeTo: Set<String> = [
        "poised", "set", "expected", "expects", "plans", "plan", "planning", "going", "intends", "aims", "scheduled", "due",
        "slated", "prepared", "preparing",
    ]
    private static let earlierStatement: Set<String> = ["previously", "earlier", "once", "formerly"]

    /// Tense of the clause around token `index` of a sentence.
    func tense(_ tokens: TimexRecognizer.Tokens, around index: Int) -> Tense {
        var blocked = false
        for i in tokens.all.indices {
            guard let w = tokens.word(i) else { continue }
            if Self.earlierStatement.contains(w) || (w == "had" && tokens.word(i + 1).map(["said", "stated", "promised", "pledged"].contains) == true) {
                blocked = true
            }
            if blocked { continue }
            if Self.futureWords.contains(w) { return .future }
            if Self.futureBeforeTo.contains(w), tokens.word(i + 1) == "to" || w == "scheduled" || w == "upcoming" {
                if w == "due" && !(tokens.word(i - 1).map(["is", "are", "was", "were"].contains) ?? false) { continue }
                if w == "set" && tokens.word(i - 1).map(["has", "have", "had"].contains) == true { continue }
                return .future
            }
        }
        return .past
    }
}
