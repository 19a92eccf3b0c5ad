@testable import BriefgenText
import Testing

/// Awkward sentences read by the entity recognizer and the statistic extractor: abbreviations (`U.N.`, `Jan.`),
/// separators (`2,641`), fractions, percentages, ranges (`April 1-24`), clock words, curly quotes, accents, CRLF,
/// combining marks, Cyrillic, Arabic and emoji. The expected values were read from the code before the statistic
/// readers' byte-level fast paths, and pin them.
enum AwkwardText {
    static let sentences = [
        "The U.N. said on Jan. 5 that 2,641 civilians had been killed since 2014, one-fifth of them children, and that 46% of homes in Kharkiv were damaged between April 1-24.\r\n",
        "At 10 a.m. on Monday, a Su-34 struck the village; the governor, Oleh Syniehubov, said 3 people aged 70 were injured and −5 degrees froze the wounded.",
        "“We verified 58 deaths,” said Ms. Müller of the UNHCR.",
        "At 5 GMT, M23 rebels in the Democratic Republic of Congo killed 1,200 people, the agency said.",
        "José Manuel said e\u{301}lite forces lost 30 tanks near Bakçe; Министерство said 7 drones were downed 🚀 and وزارة الصحة reported 15 dead.",
        "South Korea pledged $500 million; the figure could not be independently verified.",
        "Call +380 44 123 4567 at 5 GMT or 6 a.m., said Gen. Ivan Petrenko’s spokesman; 10,000 people fled between January and March 2023.",
        "GMT",
        "Hrs",
    ]

    static func entities() -> [String] {
        let (text, spans) = StatisticTestSupport.text(sentences)
        return EntityRecognizer().recognize(text, sentences: spans).map { "\($0.text)|\($0.type.rawValue)|\($0.start)|\($0.end)" }
    }

    /// Dates in the sentences, as the timex recognizer would give them (`since 2014`, `between April 1-24`, `between
    /// January and March 2023`, `said on Jan. 5`).
    static func timexes() -> [Timex] {
        let joined = Array(sentences.joined(separator: " ").unicodeScalars)
        func at(_ phrase: String, _ value: String) -> Timex {
            let needle = Array(phrase.unicodeScalars)
            let start = (0...(joined.count - needle.count)).first { Array(joined[$0..<($0 + needle.count)]) == needle }!
            let sentence = sentences.indices.first { index in
                sentences[...index].reduce(0) { $0 + $1.unicodeScalars.count + 1 } > start
            }!
            return Timex(start: start, end: start + needle.count, text: phrase, type: .date, value: value, sentence: sentence)
        }
        return [at("Jan. 5", "XXXX-01-05"), at("2014", "2014"), at("April 1-24", "XXXX-04-01/XXXX-04-24"),
                at("Monday", "XXXX-WXX-1"), at("January", "2023-01"), at("March 2023", "2023-03")]
    }

    static func statistics(timexes: [Timex] = []) -> [String] {
        StatisticTestSupport.statistics(sentences[0], sentences[1], sentences[2], sentences[3], sentences[4], sentences[5],
                                        sentences[6], sentences[7], sentences[8], timexes: timexes).map { s in
            "\(s.value)|\(s.low.map { "\($0)" } ?? "-")|\(s.high.map { "\($0)" } ?? "-")|\(s.qualifier.rawValue)|\(s.surface)|\(s.unit ?? "-")|\(s.what)|\(s.category.rawValue)|\(s.place ?? "-")|\(s.period.map { "\($0.start ?? "-")…\($0.end ?? "-")" } ?? "-")|\(s.attribution.map { "\($0.who)/\($0.verb)" } ?? "-")|\(s.verification.rawValue)|\(s.sentence)|\(s.start)|\(s.end)"
        }
    }
}

@Test func awkwardTextEntitiesArePinned() {
    #expect(AwkwardText.entities() == [
        "U.N.|ORG|4|8",
        "Kharkiv|LOC|126|133",
        "Su|MISC|193|195",
        "Oleh Syniehubov|PER|233|248",
        "Müller of the UNHCR|ORG|353|372",
        "M23|ORG|384|387",
        "Democratic Republic of Congo|LOC|402|430",
        "José Manuel|PER|469|480",
        "Bakçe|LOC|519|524",
        "Министерство|PER|526|538",
        "South Korea|LOC|601|612",
        "Ivan Petrenko|ORG|735|748",
    ])
}

/// The awkward text's figures without its dates: the last one's period keeps its year unknown.
private let awkwardFiguresWithoutDates = [
    "2641.0|-|-|exact|2,641|people|civilians killed|killed|Kharkiv|2014…-|U.N./said|reported|0|29|34",
    "0.2|-|-|exact|one-fifth|fraction|civilians killed|killed|Kharkiv|2014…-|U.N./said|reported|0|73|82",
    "46.0|-|-|exact|46%|percent|homes|percentage|Kharkiv|2014…-|U.N./said|reported|0|110|113",
    "58.0|-|-|exact|58|people|deaths|killed|-|-|Ms/said|verified|2|332|334",
    "1200.0|-|-|exact|1,200|people|people killed|killed|Democratic Republic of Congo|-|agency/said|reported|3|438|443",
    "30.0|-|-|exact|30|tanks|tanks lost|military_losses|Bakçe|-|José Manuel/said|claimed|4|505|507",
    "7.0|-|-|exact|7|drones|drones downed|attacks|Bakçe|-|Министерство/said|claimed|4|544|545",
    "15.0|-|-|exact|15|people|people dead|killed|Bakçe|-|Министерство/said|claimed|4|592|594",
    "500000000.0|-|-|exact|$500 million|USD|money|money|-|-|-|claimed|5|621|633",
    "10000.0|-|-|exact|10,000|people|people fled|displaced|-|XXXX-01…2023-03|Gen/said|reported|6|762|768",
]

@Test func awkwardTextFiguresArePinned() {
    #expect(AwkwardText.statistics() == awkwardFiguresWithoutDates)
}

/// With the text's dates, only the last figure changes: its period's start gets its year.
@Test func awkwardTextFiguresWithDatesArePinned() {
    #expect(AwkwardText.statistics(timexes: AwkwardText.timexes()) == awkwardFiguresWithoutDates.dropLast() + [
        "10000.0|-|-|exact|10,000|people|people fled|displaced|-|2023-01…2023-03|Gen/said|reported|6|762|768",
    ])
}

@Test func awkwardNumbersKeepTheirKinds() {
    let found = StatisticTestSupport.numbers("At 10 a.m. and 5 GMT and 6 hrs. and 7 Hrs, a Su-34 fired −5 rounds (+380) at 2,641 sites, 46% of 1.5 million, 12 h.")
        .map { "\($0.value)|\($0.nonFigure?.rawValue ?? "-")|\($0.start)|\($0.end)" }
    #expect(found == [
        "10.0|time|3|5", "5.0|time|15|16", "6.0|-|25|26", "7.0|-|36|37", "34.0|code|48|50", "-5.0|-|57|59",
        "380.0|code|69|72", "2641.0|-|77|82", "46.0|-|90|93", "1500000.0|-|97|108", "12.0|-|110|112",
    ])
}

/// Sources named again by a common noun, an acronym or a document, and figures said to be checked or not.
enum AwkwardSources {
    static let sentences = [
        "The U.N. refugee agency (UNHCR) said 2,641 people fled on Jan. 5.",
        "The agency warned that 46% of them were children, a figure the UNHCR verified.",
        "Amnesty International said 12 civilians were killed in Kharkiv’s centre.",
        "The rights group said 7 more had been injured; that could not be confirmed.",
        "Élysée officials said 30 drones were downed, the statement said.",
        "Ukrainian officials said one-fifth of 1,200 buildings were destroyed; the claims were Unverified.",
        "“We confirmed 58 deaths,” said the Sudanese Armed Forces (SAF).",
        "The SAF said 9 soldiers were killed. Вермахт said 5 were wounded. المصدر said 6 died 🚀.",
        "The World Health Organization said 300 patients were evacuated between April 1-24.\r\n",
        "Verification of the 40 deaths was impossible, the ministry said.",
    ]

    static func statistics() -> [String] {
        let (text, spans) = StatisticTestSupport.text(sentences)
        let entities = EntityRecognizer().recognize(text, sentences: spans)
        return StatisticExtractor().extract(text, sentences: spans, timexes: [], entities: entities).map { s in
            "\(s.value)|\(s.surface)|\(s.what)|\(s.category.rawValue)|\(s.attribution.map { "\($0.who)/\($0.verb)" } ?? "-")|\(s.verification.rawValue)|\(s.sentence)"
        }
    }
}

@Test func awkwardSourcesArePinned() {
    #expect(AwkwardSources.statistics() == [
        "2641.0|2,641|people fled|displaced|U.N. refugee agency/said|reported|0",
        "46.0|46%|people fled|percentage|U.N. refugee agency/warned|reported|1",
        "12.0|12|civilians killed|killed|Amnesty International/said|claimed|2",
        "7.0|7|people injured|injured|Amnesty International/said|claimed|3",
        "30.0|30|drones downed|attacks|Élysée officials/said|claimed|4",
        "0.2|one-fifth|buildings destroyed|other|Ukrainian officials/said|claimed|5",
        "1200.0|1,200|buildings destroyed|other|Ukrainian officials/said|claimed|5",
        "58.0|58|deaths|killed|Sudanese Armed Forces/said|claimed|6",
        "9.0|9|soldiers killed|military_losses|Sudanese Armed Forces (SAF)/said|claimed|7",
        "5.0|5|people wounded|injured|Вермахт/said|reported|7",
        "6.0|6|people died|killed|Вермахт/said|reported|7",
        "300.0|300|patients evacuated|displaced|World Health Organization/said|reported|8",
        "40.0|40|deaths|killed|ministry/said|claimed|9",
    ])
}
