import BriefgenText

/// Escapes text for HTML and XML (text and quoted attribute values).
enum HTMLText {
    /// `& < > " '` as entities, control characters other than line feed and tab dropped; written on the UTF-8 bytes
    /// (every byte below 0x80 is the ASCII character itself), and the text returned as is when it has none of them.
    static func escape(_ text: String) -> String {
        let needsWork = text.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) }
        guard needsWork else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            case 0x0A, 0x09: out.append(byte)
            case ..<0x20: continue
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// An inline SVG bar chart of human-cost figures, with a text alternative; the table on the page holds the data.
enum FigureChart {
    static func svg(_ figures: [(Statistic, String)]) -> String {
        let shown = figures.sorted { $0.0.value > $1.0.value }.prefix(shownCount)
        guard let maximum = shown.first?.0.value, maximum > 0 else { return "" }
        let rowHeight = 28, labelWidth = 300, barWidth = 330, height = shown.count * rowHeight + 10
        var summary: [String] = []
        var rows = ""
        for (i, (figure, _)) in shown.enumerated() {
            let y = i * rowHeight + 5
            let width = max(2, Int((figure.value / maximum) * Double(barWidth)))
            let label = HTMLText.escape(truncate(figure.what, 42))
            let amount = HTMLText.escape(DisplayFormat.amount(figure))
            summary.append("\(DisplayFormat.amount(figure)) \(figure.what)")
            rows += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\" class=\"chart-label\">\(label)</text>"
            rows += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"18\" class=\"bar bar-\(figure.verification.rawValue)\"></rect>"
            rows += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 18)\" class=\"chart-value\">\(amount)</text>\n"
        }
        let description = HTMLText.escape("Bar chart of the largest human-cost figures: " + summary.joined(separator: "; ") + ".")
        return """
        <figure class="chart">
        <svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 \(labelWidth + barWidth + 160) \(height)" width="100%" preserveAspectRatio="xMinYMin meet">
        <title id="chart-title">Human cost: largest figures</title>
        <desc id="chart-desc">\(description)</desc>
        \(rows)</svg>
        <figcaption>Largest human-cost figures across all sources; bar shading shows verification. Every figure is listed in the tables below.</figcaption>
        </figure>
        """
    }

    /// The figures the chart shows, largest first (equal values in input order): what ``svg(_:)`` keeps of them all,
    /// chosen in one pass that reads each value in place (copying every human-cost figure of the site to sort them
    /// was most of the figures page's assembly).
    static func largest(_ refs: [FigureRef], in articles: [AnalyzedArticle], count: Int = shownCount) -> [FigureRef] {
        var best: [(value: Double, index: Int)] = []
        for (index, ref) in refs.enumerated() {
            let value = articles[ref.article].analysis.statistics[ref.statistic].value
            if best.count == count, let last = best.last, !(value > last.value) { continue }
            let at = best.firstIndex { value > $0.value } ?? best.count
            best.insert((value, index), at: at)
            if best.count > count { best.removeLast() }
        }
        return best.map { refs[$0.index] }
    }

    /// How many bars the chart has.
    static let shownCount = 10

    static func truncate(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

/// An inline SVG strip of how many dated events fall in each year.
enum TimelineStrip {
    static func svg(dates: [String]) -> String {
        var counts: [Int: Int] = [:]
        for date in dates { if let y = Int(date.prefix(4)) { counts[y, default: 0] += 1 } }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return "" }
        let span = max(1, last - first + 1)
        let width = 720, height = 60
        let step = Double(width - 40) / Double(span)
        let peak = counts.values.max() ?? 1
        var marks = ""
        var summary: [String] = []
        for year in counts.keys.sorted() {
            let n = counts[year]!
            let x = 20 + Int(Double(year - first) * step)
            let h = max(4, n * 34 / peak)
            marks += "<rect x=\"\(x)\" y=\"\(40 - h)\" width=\"\(max(3, Int(step) - 2))\" height=\"\(h)\" class=\"strip-bar\"></rect>"
            summary.append("\(year): \(n)")
        }
        marks += "<text x=\"20\" y=\"56\" class=\"chart-label\">\(first)</text>"
        marks += "<text x=\"\(width - 20)\" y=\"56\" text-anchor=\"end\" class=\"chart-label\">\(last)</text>"
        return """
        <figure class="strip">
        <svg role="img" aria-labelledby="strip-title strip-desc" viewBox="0 0 \(width) \(height)" width="100%">
        <title id="strip-title">Dated events per year</title>
        <desc id="strip-desc">\(HTMLText.escape("Events per year — " + summary.joined(separator: ", ") + "."))</desc>
        \(marks)</svg>
        </figure>
        """
    }
}
