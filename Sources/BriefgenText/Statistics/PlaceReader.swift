/// Reads where a figure happened from the sentence: `in Kharkiv`, `on Kryvyi Rih`, `in eastern Ukraine`,
/// `in Russia’s Vladimir region`, `such as Dnipro and Kharkiv`.
struct PlaceReader {
    static let prepositions: Set<String> = ["in", "on", "near", "across", "around", "outside", "throughout", "inside", "at"]
    private static let directions: Set<String> = [
        "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern",
        "southwestern", "occupied", "besieged", "northeast", "southeast", "north", "south", "east", "west", "war-torn",
    ]
    private static let placeNouns: Set<String> = [
        "region", "oblast", "province", "district", "city", "governorate", "state", "strip", "area", "county", "town",
        "village", "camp", "border",
    ]
    /// Capitalized words that are not places.
    private static let notPlaces: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "president", "minister",
        "the", "a", "an", "his", "her", "their", "its", "christmas", "easter", "ramadan",
    ]

    /// The place nearest to the figure, as written, or nil.
    func place(near mention: NumberMention, in tokens: [WordToken], entities: [Entity]) -> String? {
        var best: (distance: Int, text: String)?
        // Only the figure's neighbourhood: a place dozens of words away is not where the figure happened, and scanning
        // the whole sentence for every figure is quadratic on run-on text (a 1 MB line with thousands of figures).
        let window = 40
        var index = max(0, mention.firstToken - window)
        let limit = min(tokens.count, mention.endToken + window)
        while index < limit {
            let word = tokens[index].lower
            var start = index + 1
            if word == "such", index + 1 < tokens.count, tokens[index + 1].lower == "as" { start = index + 2 }
            guard tokens[index].is(.placePreposition) || start == index + 2, let place = readPlace(tokens, from: start),
                  !entities.contains(where: { $0.type != .location && $0.text == place.text }) else {
                index += 1
                continue
            }
            let distance = index < mention.firstToken ? mention.firstToken - place.end : index - mention.endToken
            if best == nil || abs(distance) < best!.distance { best = (abs(distance), place.text) }
            index = place.end
        }
        return best?.text
    }

    private func readPlace(_ tokens: [WordToken], from start: Int) -> (text: String, end: Int)? {
        var index = start
        var parts: [String] = []
        if index < tokens.count, tokens[index].lower == "the", index + 1 < tokens.count, tokens[index + 1].isCapitalized { index += 1 }
        if index < tokens.count, Self.directions.contains(tokens[index].lower) {
            parts.append(tokens[index].text)
            index += 1
        }
        var names = 0
        // `in Israeli strikes`: a nationality is not a place.
        if index < tokens.count, tokens[index].is(.nationality) { return nil }
        while index < tokens.count, tokens[index].isCapitalized, !Self.notPlaces.contains(tokens[index].lower),
              !tokens[index].is(.month) {
            parts.append(tokens[index].text)
            names += 1
            index += 1
            // `Democratic Republic of Congo`, `Bay of Bengal`
            if index + 1 < tokens.count, tokens[index].lower == "of", tokens[index + 1].isCapitalized {
                parts.append("of")
                index += 1
                continue
            }
            if index + 1 < tokens.count, tokens[index].lower == "and", tokens[index + 1].isCapitalized,
               !Self.notPlaces.contains(tokens[index + 1].lower) {
                parts.append("and")
                index += 1
            }
        }
        guard names > 0, !(parts.last == "and") else { return nil }
        if index < tokens.count, Self.placeNouns.contains(tokens[index].lower) {
            parts.append(tokens[index].text)
            index += 1
        }
        return (parts.joined(separator: " "), index)
    }
}
