/// Sentence case for generated titles and headlines: the first letter raised, the rest as written.
enum SentenceCase {
    /// `text` with its first scalar upper-cased.
    static func apply(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return String(first).uppercased() + String(text.unicodeScalars.dropFirst())
    }
}
