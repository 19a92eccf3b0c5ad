/// A run of sentence-ending marks: ".", "?!", "...", "…", or a spaced ellipsis ". . . .".
struct TerminatorRun {
    /// Offset just past the run.
    var end = 0
    /// Number of periods in the run.
    var periods = 0
    /// Whether the run holds "?" or "!".
    var hasQuestionOrExclamation = false
    /// Whether the run holds the single character "…".
    var hasEllipsisCharacter = false
    /// Whether the run is a spaced ellipsis (". . .").
    var isSpaced = false

    /// Reads the run starting at `start` (a terminator), stopping before `end`.
    init(scalars: [Unicode.Scalar], start: Int, end: Int) {
        var index = start
        func readMarks() {
            while index < end, ScalarClass.isTerminator(scalars[index]) {
                switch scalars[index] {
                case ".": periods += 1
                case "…": hasEllipsisCharacter = true
                default: hasQuestionOrExclamation = true
                }
                index += 1
            }
        }
        readMarks()
        while index + 1 < end, scalars[index] == " ", scalars[index + 1] == ".", periods > 0 {
            isSpaced = true
            index += 1
            readMarks()
        }
        self.end = index
    }
}
