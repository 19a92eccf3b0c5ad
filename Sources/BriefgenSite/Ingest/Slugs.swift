import BriefgenMarkdown

/// Article ids from file names.
enum Slugs {
    /// `000_4482b8ed06c74029` → `000-4482b8ed06c74029`; never empty.
    static func id(for stem: String) -> String {
        let slug = Slug.make(from: stem)
        return slug.isEmpty ? "article" : slug
    }
}
