extension ScalarText {
    /// The text between two scalar offsets (end exclusive), clamped; like `slice` but encodes UTF-8 directly,
    /// which is several times faster for the many short strings the reading layer makes.
    func substring(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return Self.string(scalars[lower..<upper])
    }
}
