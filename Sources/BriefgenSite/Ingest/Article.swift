import BriefgenText

/// An article as read from disk: its body for analysis and what its metadata says.
public struct Article: Sendable {
    /// The body's format.
    public enum Format: String, Sendable { case plainText = "txt", markdown = "md" }

    /// The path as shown to the user in messages (the input folder as they named it, absolute when they gave it so).
    public var path: String
    /// The path as the site shows it (source pages, `data/briefing.json`): the same as ``path`` for an input folder
    /// named inside the working directory (`seeds/000_x.txt`), else from the input folder's own name on
    /// (`corpus/000_x.txt` for `--input /home/ana/corpus`), so a published briefing never shows the folders of the
    /// machine that built it.
    public var publishedPath: String
    /// The stable identifier and URL slug (from the file name).
    public var id: String
    /// Plain text or Markdown.
    public var format: Format
    /// The body for analysis: one paragraph per line, `\n` endings, metadata removed.
    public var body: String {
        get {
            switch storedBody {
            case .string(let string): string
            case .external(let external): external.string
            }
        }
        set { storedBody = .string(newValue) }
    }
    /// Where the body is: an article read from its file holds a string; one read back from the ingest cache holds
    /// the bytes where they lie in the cache file (see ``ExternalUTF8``), made a string only if asked (an unchanged
    /// article's analysis comes from the cache too, and its pages slice its text there).
    private var storedBody: Body
    /// 1-based line in the file of each body paragraph line (for diagnostics and links back to the file).
    public var bodyFirstLine: Int
    /// What the front matter and metadata lines say.
    public var metadata: ArticleMetadata
    /// For Markdown: body paragraph index → heading level.
    public var declaredHeadings: [Int: Int]?
    /// Size of the file in bytes.
    public var byteCount: Int
    /// A digest of everything the analysis reads of the article (see ``BuildCache/contentDigest(of:)``), when the ingest
    /// worked it out (it is kept with the ingest cache's record, so an unchanged file is not hashed again); nil to
    /// work it out when asked. Code that changes an article after the ingest must set it to nil.
    var contentDigest: String? = nil

    /// Where an article's body is.
    enum Body: Sendable {
        case string(String)
        case external(ExternalUTF8)
    }

    /// Creates an article.
    public init(path: String, publishedPath: String? = nil, id: String, format: Format, body: String, bodyFirstLine: Int,
                metadata: ArticleMetadata, declaredHeadings: [Int: Int]? = nil, byteCount: Int) {
        self.init(path: path, publishedPath: publishedPath, id: id, format: format, body: .string(body), bodyFirstLine: bodyFirstLine,
                  metadata: metadata, declaredHeadings: declaredHeadings, byteCount: byteCount, contentDigest: nil)
    }

    init(path: String, publishedPath: String?, id: String, format: Format, body: Body, bodyFirstLine: Int, metadata: ArticleMetadata,
         declaredHeadings: [Int: Int]?, byteCount: Int, contentDigest: String?) {
        self.path = path
        self.publishedPath = publishedPath ?? path
        self.id = id
        self.format = format
        self.storedBody = body
        self.bodyFirstLine = bodyFirstLine
        self.metadata = metadata
        self.declaredHeadings = declaredHeadings
        self.byteCount = byteCount
        self.contentDigest = contentDigest
    }

    /// The body as it is held (a string, or bytes in a cache file).
    var heldBody: Body { storedBody }

    /// The analysis input for this article.
    public func analysisInput(published fallback: PublicationDate? = nil) -> ArticleInput {
        ArticleInput(
            text: body, declaredHeadings: declaredHeadings, title: metadata.title,
            published: metadata.published ?? fallback)
    }
}

/// What an article's front matter and metadata lines say about it. Absent means unknown, never guessed.
public struct ArticleMetadata: Sendable, Hashable {
    /// `title`.
    public var title: String?
    /// `published`, as a publication date with source front-matter.
    public var published: PublicationDate?
    /// `source`: the original article's URL (http or https only).
    public var sourceURL: String? {
        didSet { sourceHost = sourceURL.flatMap(URLPolicy.host(of:)) }
    }
    /// The host of ``sourceURL`` without `www.`, worked out once when the URL is set (pages name a source by it
    /// on every figure and event).
    public private(set) var sourceHost: String?
    /// A `source` value that is not a web URL, kept as text.
    public var sourceText: String?
    /// `outlet`: the publication's name; otherwise derived from the source URL's host.
    public var outlet: String?
    /// `author`.
    public var author: String?
    /// `language` (BCP 47), default from the configuration.
    public var language: String?
    /// `image source from:` metadata lines.
    public var imageSources: [String] = []

    /// Creates empty metadata.
    public init() {}
}
