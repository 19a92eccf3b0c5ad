import BriefgenText
import Foundation

/// `briefgen-eval events GOLD.jsonl`: prints briefgen's dated events per passage, in the format `scripts/score_events.py`
/// reads (`{"id", "events": [{"sentence", "sentence_text", "date", "end", "precision", "wording"}]}`), with the passage's
/// timexes (`{"sentence", "text", "type", "value"}`) alongside for reading errors; the scorer ignores them.
///
/// Each passage's `published` date is given as configuration, as a briefing gets it from the article's metadata.
enum EventEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        guard let path = arguments.first, let records = try? JSONLines.read(path) else {
            FileHandle.standardError.write(Data("usage: briefgen-eval events GOLD.jsonl\n".utf8))
            return 64
        }
        for record in records {
            let text = ScalarText(record["text"] as? String ?? "")
            let published = (record["published"] as? String).map { PublicationDate(value: $0, source: .config) }
            let sentences = SentenceSplitter().split(text, paragraphs: ParagraphSplitter().split(text))
            let result = TemporalAnalyzer().analyze(text, sentences: sentences, published: published)
            let events: [[String: Any]] = result.events.map { event in
                let sentence = sentences[event.sentence]
                return ["sentence": event.sentence, "sentence_text": text.slice(sentence.start, sentence.end),
                        "date": event.date ?? NSNull(), "end": event.end ?? NSNull(), "precision": event.precision.rawValue,
                        "wording": event.wording ?? NSNull()]
            }
            let timexes: [[String: Any]] = result.timexes.map { timex in
                ["sentence": timex.sentence, "text": timex.text, "type": timex.type.rawValue, "value": timex.value ?? NSNull()]
            }
            JSONLines.write(["id": record["id"] ?? "", "events": events, "timexes": timexes])
        }
        return 0
    }
}
