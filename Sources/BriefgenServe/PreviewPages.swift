import Foundation

/// The few pages `briefgen serve` writes itself.
enum PreviewPages {
    static let notFound = page(title: "Not found", text: "Nothing is built at this address.")
    static let noSiteYet = page(title: "No site yet", text: "The first build has not written a site: see the errors below and in the terminal.")

    private static func page(title: String, text: String) -> Data {
        Data("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(title) — briefgen serve</title></head>
        <body><main><h1>\(title)</h1><p>\(text)</p><p><a href="/">Go to the briefing</a></p></main></body></html>

        """.utf8)
    }
}
