import BriefgenMarkdown
import Foundation

/// Article ids from file names.
enum Slugs {
    /// `000_4482b8ed06c74029` → `000-4482b8ed06c74029`, `Київ звіт` → `kiiv-zvit`; never empty, never a path.
    ///
    /// Names in other scripts are transliterated to Latin first, so `Київ.txt` and `Харків.txt` get readable,
    /// distinct page names instead of both falling back to `article`.
    static func id(for stem: String) -> String {
        var slug = Slug.make(from: stem)
        if stem.unicodeScalars.contains(where: { $0.value > 0x7F }),
           let latin = stem.applyingTransform(.toLatin, reverse: false) {
            let transliterated = Slug.make(from: latin)
            if transliterated.count > slug.count { slug = transliterated }
        }
        return slug.isEmpty ? "article" : slug
    }
}
