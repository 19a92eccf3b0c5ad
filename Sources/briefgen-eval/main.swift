// briefgen-eval: scores briefgen's extractors on the public development sets (a benchmark tool, not a test).
//
//   swift run -c release briefgen-eval sentences ../shared/benchmarks/golden_rules_en.jsonl
//   swift run -c release briefgen-eval quantities ../shared/benchmarks/quantities_quantulum3.jsonl > /tmp/pred.jsonl
//   swift run -c release briefgen-eval timex ../shared/benchmarks/timex_tbaq_dev.jsonl > /tmp/pred.jsonl
//   swift run -c release briefgen-eval events benchmarks/events_dev.jsonl > /tmp/events.jsonl
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first else {
    FileHandle.standardError.write(Data("usage: briefgen-eval sentences|quantities|timex|events|segments FILE\n".utf8))
    exit(64)
}
let rest = Array(arguments.dropFirst())
switch mode {
case "sentences": exit(SentenceEvaluation.run(rest))
case "quantities": exit(QuantityEvaluation.run(rest))
case "statistics": exit(StatisticsEvaluation.run(rest))
case "timex": exit(TimexEvaluation.run(rest))
case "events": exit(EventEvaluation.run(rest))
case "segments": exit(SegmentEvaluation.run(rest))
default:
    FileHandle.standardError.write(Data("briefgen-eval: unknown mode '\(mode)'\n".utf8))
    exit(64)
}
