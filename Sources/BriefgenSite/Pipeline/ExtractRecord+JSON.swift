import BriefgenText

extension ExtractRecord {
    /// The record as JSON, written field by field with the keys in sorted order: the same bytes as
    /// ``SortedJSONEncoder`` gives for the `Encodable` record (and so as `JSONEncoder` with sorted keys), which a test
    /// checks on the seeds and on hostile text. Going through `Encodable` made a container, a key and a boxed value
    /// for every number of every record: a fifteenth of a full build, for the biggest file of the site.
    /// A field added to a record type must be added here too (the test fails until it is).
    func jsonBytes() throws -> [UInt8] {
        let a = analyzed.analysis
        let m = analyzed.article.metadata
        var w = JSONBytes(capacity: a.text.string.utf8.count * 3 + 1024)
        w.raw("{\"dek\":")
        w.string(a.dek)
        w.raw(",\"entities\":")
        w.array(a.entities) { w, e in
            w.raw("{\"end\":"); w.int(e.end)
            w.raw(",\"start\":"); w.int(e.start)
            w.raw(",\"text\":"); w.string(e.text)
            w.raw(",\"type\":"); w.string(e.type.rawValue)
            w.raw("}")
        }
        w.raw(",\"events\":")
        w.array(a.events) { w, e in
            w.raw("{\"date\":"); w.string(e.date)
            w.raw(",\"end\":"); w.string(e.end)
            w.raw(",\"precision\":"); w.string(e.precision.rawValue)
            w.raw(",\"sentence\":"); w.int(e.sentence)
            w.raw(",\"summary\":"); w.string(e.summary)
            w.raw(",\"timex\":"); w.int(e.timex)
            w.raw(",\"wording\":"); w.string(e.wording)
            w.raw("}")
        }
        w.raw(",\"file\":")
        w.string(analyzed.article.publishedPath)
        w.raw(",\"headline\":{")
        if let sentence = a.headline.sentence {  // synthesized coding: omitted when nil
            w.raw("\"sentence\":"); w.int(sentence); w.raw(",")
        }
        w.raw("\"source\":"); w.string(a.headline.source.rawValue)
        w.raw(",\"text\":"); w.string(a.headline.text)
        w.raw("},\"id\":")
        w.string(analyzed.article.id)
        w.raw(",\"metadata\":{\"author\":"); w.string(m.author)
        w.raw(",\"image_sources\":"); w.array(m.imageSources) { $0.string($1) }
        w.raw(",\"language\":"); w.string(m.language)
        w.raw(",\"outlet\":"); w.string(m.outlet)
        w.raw(",\"source\":"); w.string(m.sourceURL ?? m.sourceText)
        w.raw("},\"paragraphs\":")
        w.array(a.paragraphs) { w, p in
            w.raw("{\"end\":"); w.int(p.end)
            w.raw(",\"heading\":")
            if case .heading(let level) = p.kind { w.int(level) } else { w.raw("null") }
            w.raw(",\"start\":"); w.int(p.start)
            w.raw("}")
        }
        let p = a.published
        w.raw(",\"published\":{\"evidence\":"); w.string(p.evidence)
        w.raw(",\"lower_bound\":"); w.bool(p.isLowerBound)
        w.raw(",\"precision\":"); w.string(p.precision?.rawValue)
        w.raw(",\"source\":"); w.string(p.source.rawValue)
        w.raw(",\"value\":"); w.string(p.value)
        w.raw("},\"sections\":")
        w.array(a.sections) { w, s in
            w.raw("{\"first_sentence\":"); w.int(s.firstSentence)
            if let heading = s.headingParagraph {  // synthesized coding: omitted when nil
                w.raw(",\"heading_paragraph\":"); w.int(heading)
            }
            w.raw(",\"last_sentence\":"); w.int(s.lastSentence)
            w.raw(",\"title\":"); w.string(s.title)
            w.raw(",\"title_source\":"); w.string(s.titleSource.rawValue)
            w.raw("}")
        }
        w.raw(",\"sentences\":")
        w.array(a.sentences) { w, s in
            w.raw("{\"end\":"); w.int(s.end)
            w.raw(",\"paragraph\":"); w.int(s.paragraph)
            w.raw(",\"start\":"); w.int(s.start)
            w.raw("}")
        }
        w.raw(",\"statistics\":")
        try w.array(a.statistics) { w, s in
            w.raw("{\"attribution\":")
            if let who = s.attribution {
                w.raw("{\"verb\":"); w.string(who.verb)
                w.raw(",\"who\":"); w.string(who.who)
                w.raw("}")
            } else {
                w.raw("null")
            }
            w.raw(",\"category\":"); w.string(s.category.rawValue)
            w.raw(",\"end\":"); w.int(s.end)
            w.raw(",\"high\":"); try w.number(s.high)
            w.raw(",\"low\":"); try w.number(s.low)
            w.raw(",\"period\":")
            if let period = s.period {
                w.raw("{\"end\":"); w.string(period.end)
                w.raw(",\"start\":"); w.string(period.start)
                w.raw("}")
            } else {
                w.raw("null")
            }
            w.raw(",\"place\":"); w.string(s.place)
            w.raw(",\"qualifier\":"); w.string(s.qualifier.rawValue)
            w.raw(",\"sentence\":"); w.int(s.sentence)
            w.raw(",\"start\":"); w.int(s.start)
            w.raw(",\"surface\":"); w.string(s.surface)
            w.raw(",\"unit\":"); w.string(s.unit)
            w.raw(",\"value\":"); try w.number(s.value)
            w.raw(",\"verification\":"); w.string(s.verification.rawValue)
            w.raw(",\"what\":"); w.string(s.what)
            w.raw("}")
        }
        w.raw(",\"text\":")
        w.string(a.text.string)
        w.raw(",\"timexes\":")
        w.array(a.timexes) { w, t in
            w.raw("{\"end\":"); w.int(t.end)
            w.raw(",\"relative\":"); w.bool(t.isRelative)
            w.raw(",\"sentence\":"); w.int(t.sentence)
            w.raw(",\"start\":"); w.int(t.start)
            w.raw(",\"text\":"); w.string(t.text)
            w.raw(",\"type\":"); w.string(t.type.rawValue)
            w.raw(",\"value\":"); w.string(t.value)
            w.raw("}")
        }
        w.raw("}")
        return w.bytes
    }
}

/// JSON written straight to bytes, scalars as `JSONEncoder` writes them (see ``JSONScalar``).
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Literal JSON: punctuation and keys.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) { JSONScalar.appendString(value, to: &bytes) }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    mutating func int(_ value: Int) { JSONScalar.appendInteger(value, to: &bytes) }

    mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    /// A number as ``JSONNumber`` encodes it: whole values as integers, others in their shortest form.
    mutating func number(_ value: Double?) throws {
        guard let value else { return raw("null") }
        if value.rounded() == value, abs(value) < 9.0e15 {
            JSONScalar.appendInteger(Int(value), to: &bytes)
        } else {
            try JSONScalar.appendNumber(value, to: &bytes)
        }
    }

    mutating func array<T>(_ items: [T], _ element: (inout JSONBytes, T) throws -> Void) rethrows {
        raw("[")
        for (index, item) in items.enumerated() {
            if index > 0 { raw(",") }
            try element(&self, item)
        }
        raw("]")
    }
}
