/// Gives a figure that is part of another the category of the whole: `killed 25 people, including five children`,
/// `five children, two of whom`, `Among the injured were five children`.
struct PartReader {
    /// The category the figure inherits, or nil when it is not a part of anything.
    func category(of mention: NumberMention, qualifierStart: Int, in tokens: [WordToken], whole: Statistic.Category?) -> Statistic.Category? {
        var before = qualifierStart > 0 ? tokens[qualifierStart - 1].lower : ""
        // `killed 13 people, among them three children`
        if before == "them", qualifierStart > 1, ["among", "including"].contains(tokens[qualifierStart - 2].lower) { before = "among" }
        let after = mention.endToken + 1 < tokens.count && tokens[mention.endToken].lower == "of" ? tokens[mention.endToken + 1].lower : ""
        let others = mention.endToken < tokens.count && tokens[mention.endToken].lower == "others"
        if let whole, ["including", "among", "includes"].contains(before) || ["whom", "them", "those", "these"].contains(after) || others {
            return whole // `8,260 Palestinians were killed, and 122 others in the West Bank`
        }
        // `Among the injured were …`, `Of the dead, …`: at the start of the sentence or of a clause.
        for index in 0..<qualifierStart where ["among", "of"].contains(tokens[index].lower)
            && (index == 0 || [",", ";", "“", "\""].contains(tokens[index - 1].text)) { // `“Among the dead are …`
            var next = index + 1
            if next < tokens.count, tokens[next].lower == "the" { next += 1 }
            guard next < tokens.count else { continue }
            let group = CategoryClassifier().category(of: mention, what: [tokens[next].lower])
            if group != .other { return group }
        }
        return nil
    }
}
