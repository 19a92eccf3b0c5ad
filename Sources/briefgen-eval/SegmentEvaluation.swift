import BriefgenText
import Foundation

/// Evaluation mode (to be written).
enum SegmentEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        FileHandle.standardError.write(Data("briefgen-eval: this mode is not written yet\n".utf8))
        return 1
    }
}
