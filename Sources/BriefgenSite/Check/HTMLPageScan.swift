/// An `href` or `src` found in an HTML page, with where it is.
struct HTMLReference: Sendable, Equatable {
    /// `href` or `src`.
    var attribute: String
    /// The value with character references decoded.
    var value: String
    /// 1-based line and column of the value.
    var line: Int
    var column: Int
}

/// What `HTMLReferenceScanner` finds in a page: its links and sources, and its ids.
struct HTMLPageScan: Sendable {
    var references: [HTMLReference] = []
    /// Each id (and `<a name>`) with the line it first appears on.
    var ids: [String: Int] = [:]
    /// Ids that appear more than once, with the line of the repeat.
    var duplicateIDs: [(id: String, line: Int, column: Int, firstLine: Int)] = []
}
