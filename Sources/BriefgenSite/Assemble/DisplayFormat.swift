import BriefgenText

/// Formats numbers and dates for readers, independent of the machine's locale.
enum DisplayFormat {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// `2641` → "2,641"; `3.5` → "3.5".
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 {
            let digits = String(Int64(abs(value)))
            var grouped = ""
            for (i, c) in digits.enumerated() {
                if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
                grouped.append(c)
            }
            return (value < 0 ? "-" : "") + grouped
        }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// An ISO prefix as words: "24 April 2025", "April 2025", "2025", "the 1990s" (`199`).
    static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        if parts.count == 1, iso.count == 3, Int(iso) != nil { return "the \(iso)0s" }
        if parts.count == 1 { return iso.hasPrefix("XXXX") ? "date unknown" : iso }
        let year = parts[0] == "XXXX" ? nil : String(parts[0])
        guard let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        let monthName = months[month - 1]
        if parts.count >= 3, let day = Int(parts[2].prefix(2)) {
            return year.map { "\(day) \(monthName) \($0)" } ?? "\(day) \(monthName) (year unknown)"
        }
        return year.map { "\(monthName) \($0)" } ?? "\(monthName) (year unknown)"
    }

    /// A date range in words, sharing what both ends share: "1–24 April 2025", "January – March 2025".
    static func range(_ start: String, _ end: String) -> String {
        let a = start.split(separator: "-"), b = end.split(separator: "-")
        if a.count == 3, b.count == 3, a[0] == b[0], a[1] == b[1], let d1 = Int(a[2]), let d2 = Int(b[2]), let m = Int(a[1]), (1...12).contains(m) {
            return "\(d1)–\(d2) \(months[m - 1]) \(a[0])"
        }
        if a.count == 2, b.count == 2, a[0] == b[0], let m1 = Int(a[1]), let m2 = Int(b[1]), (1...12).contains(m1), (1...12).contains(m2) {
            return "\(months[m1 - 1]) – \(months[m2 - 1]) \(a[0])"
        }
        return date(start) + " – " + date(end)
    }

    /// A figure's amount with its qualifier: "at least 45", "46%", "10–12".
    static func amount(_ statistic: Statistic) -> String {
        var core: String
        if let low = statistic.low, let high = statistic.high {
            core = number(low) + "–" + number(high)
        } else {
            core = statistic.surface
        }
        if statistic.unit == "percent", !core.contains("%"), !core.lowercased().contains("percent") { core += "%" }
        let words: [Statistic.Qualifier: String] = [
            .atLeast: "at least", .moreThan: "more than", .fewerThan: "fewer than", .about: "about", .nearly: "nearly",
            .upTo: "up to",
        ]
        guard let word = words[statistic.qualifier] else { return core }
        return core.lowercased().hasPrefix(word) ? core : word + " " + core
    }

    /// "Verified", "Reported", …
    static func verificationLabel(_ v: Statistic.Verification) -> String {
        switch v {
        case .verified: return "Verified"
        case .reported: return "Reported"
        case .claimed: return "Claimed"
        case .unattributed: return "Unattributed"
        }
    }

    /// Category names for headings.
    static func categoryLabel(_ c: Statistic.Category) -> String {
        switch c {
        case .killed: return "People killed"
        case .injured: return "People injured"
        case .casualties: return "Casualties"
        case .displaced: return "Displacement"
        case .attacks: return "Attacks and weapons"
        case .militaryLosses: return "Military losses"
        case .money: return "Money"
        case .percentage: return "Shares and changes"
        case .other: return "Other figures"
        }
    }

    /// Order of categories in the key-figures box and on the statistics page.
    static let categoryOrder: [Statistic.Category] = [
        .killed, .injured, .casualties, .displaced, .attacks, .militaryLosses, .money, .percentage, .other,
    ]
}
