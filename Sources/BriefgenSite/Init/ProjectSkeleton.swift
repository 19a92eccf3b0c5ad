/// The files `briefgen init` writes: an example article and a commented configuration.
enum ProjectSkeleton {
    static let articlePath = "seeds/example-drone-strike.txt"

    static let article = """
    ---
    # An example article written by 'briefgen init', so the first build has something to show.
    # Replace it with real articles: .txt (one paragraph per line) or .md, each with its own front matter.
    title: Overnight drone strike damages apartment blocks, injuring 12
    published: 2025-04-22
    source: https://example.org/news/overnight-drone-strike
    outlet: Example News
    author: Example Newsroom
    language: en
    ---
    A drone strike overnight on Tuesday damaged three apartment blocks in the city and injured at least 12 people, including two children, the regional governor said on Wednesday.
    Emergency crews worked through the night to put out fires on the upper floors of one building, the State Emergency Service said in a statement. About 40 residents were moved to temporary shelters.
    The governor said air defences shot down most of the drones launched at the region, but could not say how many had been launched. The figure could not be independently verified.
    Damage to homes
    City officials said 160 windows were blown out across the neighbourhood and that repair teams would begin covering them with plywood on Thursday.
    Residents described being woken by two loud explosions shortly after 2 a.m. "The whole building shook," said one woman who lives on the fourth floor of the damaged block.
    The strike was the third on the city since the beginning of April, according to the local administration.
    """

    static let configuration = """
    # briefgen.toml: settings for 'briefgen build' and 'briefgen serve'. Every setting is optional;
    # a line starting with '#' is a comment and shows the default.

    # The briefing's title, on every page and in the browser tab.
    title = "Example briefing"

    # One line under the title.
    description = "A sourced briefing built from the articles in seeds/"

    # Language of the site (BCP 47 code), for screen readers and search engines.
    language = "en"

    # The date the briefing is "as of". Default: the newest article date (never the clock, so builds repeat).
    # as_of = "2025-04-22"

    # Absolute address where the site will be published; only used for absolute links in feeds and sitemaps.
    # base_url = "https://example.org/briefing/"

    # How many sources feed.xml lists, newest first (0 lists every source).
    # feed_entries = 50

    # Folder of articles (.txt, .md), read with its subfolders.
    # input = "seeds"

    # Folder the site is written to.
    # output = "public"

    # Folder of your templates; a file here overrides the built-in file of the same name
    # ('briefgen init --templates' copies the built-ins here to start from).
    # templates = "Templates"

    # Publication dates for articles that give none (by file name inside the input folder).
    # [published]
    # "example-drone-strike.txt" = "2025-04-22"

    """
}
