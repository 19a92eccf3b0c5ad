import Foundation

/// Reads a plain date at a token: `2014`, `March`, `March 2022`, `February 24, 2022`, `24 February 2022`, `April 1-24`.
/// Dates without a year get `XXXX` (TIMEX3 style). A fallback for periods when the date extractor gives nothing.
struct SimpleDateReader {
    /// A date or span as ISO prefixes, and the token after it.
    struct SimpleDate {
        var start: String
        var end: String
        var nextToken: Int
    }

    /// The date starting at `index`, if one does.
    func read(_ tokens: [WordToken], at index: Int) -> SimpleDate? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if let year = year(token) { return SimpleDate(start: year, end: year, nextToken: index + 1) }
        var dayFirst: Int?
        var monthIndex = index
        if token.kind == .number, let day = Int(token.text), day >= 1, day <= 31, index + 1 < tokens.count {
            dayFirst = day
            monthIndex = index + 1
        }
        guard monthIndex < tokens.count, tokens[monthIndex].isCapitalized, let month = NumberWords.months[tokens[monthIndex].lower]
        else { return nil }
        var next = monthIndex + 1
        if next < tokens.count, tokens[next].text == ".", !tokens[next].spaceBefore { next += 1 }
        var days: (Int, Int)?
        if let dayFirst { days = (dayFirst, dayFirst) }
        if dayFirst == nil, next < tokens.count, tokens[next].kind == .number, let day = Int(tokens[next].text), day <= 31 {
            days = (day, day)
            next += 1
            if next + 1 < tokens.count, ["-", "–"].contains(tokens[next].text), let last = Int(tokens[next + 1].text), last <= 31 {
                days = (day, last)
                next += 2
            }
        }
        var yearAt = next
        if yearAt < tokens.count, tokens[yearAt].text == "," { yearAt += 1 }
        var yearText = "XXXX"
        if yearAt < tokens.count, let year = year(tokens[yearAt]) {
            yearText = year
            next = yearAt + 1
        }
        let monthText = String(format: "%@-%02d", yearText, month)
        guard let (first, last) = days else { return SimpleDate(start: monthText, end: monthText, nextToken: next) }
        return SimpleDate(start: String(format: "%@-%02d", monthText, first), end: String(format: "%@-%02d", monthText, last), nextToken: next)
    }

    private func year(_ token: WordToken) -> String? {
        guard token.kind == .number, token.text.count == 4, let value = Int(token.text), value >= 1900, value <= 2100 else { return nil }
        return token.text
    }
}
