/// Word lists the entity recognizer uses: titles, organization words, places in the news, nationalities, function words.
enum EntityLexicon {
    static let titles: Set<String> = [
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "mr", "mrs", "ms", "dr",
        "gen", "general", "governor", "mayor", "chancellor", "premier", "commander", "chief", "senator", "sen", "rep",
        "colonel", "col", "lt", "adviser", "advisor", "ambassador", "envoy", "king", "prince", "pope", "pm", "head",
        "director", "lieutenant", "major", "captain", "sheikh", "sergeant", "leader", "chairman", "chairwoman", "gov",
        "maj", "brig", "capt", "sgt",
    ]
    /// Titles that are also common words (`a major attack`, `the general public`): titles only when capitalized.
    static let commonWordTitles: Set<String> = [
        "major", "general", "chief", "head", "leader", "director", "captain", "king", "prince", "commander", "rep",
        "sen", "col", "pm", "dr", "ms", "mr", "mrs", "lt",
    ]
    /// Capitalized words that belong to a title (`Foreign Minister`, `Prime Minister`).
    static let titleModifiers: Set<String> = [
        "foreign", "prime", "deputy", "defence", "defense", "economy", "interior", "finance", "vice", "former", "acting",
        "health", "energy", "justice", "state", "first", "chief", "regional", "military", "senior", "department",
    ]
    static let organizationWords: Set<String> = [
        "ministry", "service", "council", "agency", "department", "force", "forces", "army", "navy", "office", "mission",
        "organization", "organisation", "nations", "union", "committee", "cabinet", "kremlin", "pentagon", "parliament",
        "bank", "fund", "court", "institute", "group", "party", "command", "staff", "brigade", "guard", "police", "cross",
        "crescent", "nato", "u.n.", "un", "unicef", "ocha", "who", "unhcr", "ohchr", "iaea", "eu", "hamas", "hezbollah",
        "idf", "sbu", "fsb", "reuters", "ap", "bbc", "cnn", "isw", "house", "plant", "company", "corp", "university",
        "watch", "international", "programme", "program", "monitor", "administration", "authority", "authorities",
        "assembly", "duma", "rada", "commission", "houthis", "tass", "ukrinform", "agence", "press", "times", "post",
        "journal", "network", "msf", "unrwa", "wfp",
    ]
    static let places: Set<String> = [
        "ukraine", "russia", "kyiv", "kiev", "moscow", "kharkiv", "dnipro", "odesa", "odessa", "lviv", "zaporizhzhia",
        "kherson", "mykolaiv", "donetsk", "luhansk", "crimea", "bakhmut", "avdiivka", "pokrovsk", "sumy", "chernihiv",
        "kryvyi rih", "mariupol", "belgorod", "kursk", "bryansk", "washington", "london", "paris", "berlin", "brussels",
        "beijing", "gaza", "israel", "west bank", "rafah", "khan younis", "jabalia", "jerusalem", "tel aviv", "lebanon",
        "beirut", "syria", "damascus", "yemen", "sudan", "khartoum", "darfur", "el fasher", "omdurman", "egypt", "iran",
        "iraq", "turkey", "poland", "belarus", "china", "united states", "u.s.", "us", "u.k.", "uk", "europe", "africa",
        "germany", "france", "britain", "qatar", "doha", "cairo", "tehran", "rio de janeiro", "vladimir", "murom",
        "dnipropetrovsk", "zhytomyr", "vinnytsia", "poltava", "kramatorsk", "sloviansk", "gaza strip", "myanmar",
        "ethiopia", "tigray", "somalia", "haiti", "congo", "goma", "afghanistan", "kabul", "pakistan", "india",
        "rwanda", "kinshasa", "bukavu", "uganda", "kenya", "chad", "libya", "mali", "niger", "nigeria", "burkina faso",
        "saudi arabia", "jordan", "sanaa", "aden", "hodeidah", "marib", "baghdad", "aleppo", "idlib", "homs", "moldova",
        "georgia", "armenia", "azerbaijan", "nagorno-karabakh", "japan", "korea", "north korea", "south korea", "taiwan",
        "hungary", "romania", "slovakia", "lithuania", "latvia", "estonia", "finland", "sweden", "norway", "italy",
        "spain", "canada", "mexico", "brazil", "venezuela", "colombia", "bangladesh", "sri lanka", "nepal", "tibet",
        "crimea", "sevastopol", "melitopol", "berdiansk", "toretsk", "chasiv yar", "kupiansk", "vovchansk", "sagaing",
        "rakhine", "shan", "kachin", "yangon", "naypyidaw", "mandalay", "tel aviv", "haifa", "nablus", "jenin", "hebron",
    ]
    /// The most words (parts between spaces) of one of ``places``: a longer phrase names none.
    static let longestPlaceWords = places.map { $0.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }.max() ?? 1
    /// The first words of the ``places`` of several words (`kryvyi` of `kryvyi rih`): a phrase of several words names
    /// a place only when it opens with one.
    static let placeStarts: Set<String> = Set(places.compactMap { place in
        place.utf8.contains(0x20) ? String(place.prefix { $0 != " " }) : nil
    })
    /// Words that make a capitalized sequence a document, event or plan rather than a person (`Budapest Memorandum`).
    static let miscWords: Set<String> = [
        "memorandum", "agreement", "agreements", "accord", "accords", "treaty", "plan", "act", "deal", "war", "summit",
        "conference", "convention", "protocol", "charter", "initiative", "operation", "offensive", "resolution",
    ]
    /// Compass words that open place names (`South Korea`, `North Kivu`, `West Bank`).
    static let compassWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"]
    /// Words inside place names (`Golan Heights`, `Democratic Republic of Congo`, `Red Sea`).
    static let placeNameWords: Set<String> = [
        "republic", "heights", "kingdom", "islands", "island", "valley", "sea", "gulf", "river", "mountains", "peninsula",
        "strait", "coast", "bay", "desert", "emirates", "states",
    ]
    static let placeNouns: Set<String> = ["region", "oblast", "province", "district", "city", "governorate", "strip", "county"]
    static let nationalities: Set<String> = [
        "ukrainian", "russian", "american", "british", "european", "israeli", "palestinian", "sudanese", "western",
        "eastern", "german", "french", "polish", "iranian", "chinese", "syrian", "lebanese", "yemeni", "egyptian", "korean",
        "congolese", "rwandan", "burmese", "houthi", "iraqi", "turkish", "saudi", "emirati", "qatari", "belarusian",
    ]
    static let functionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "for", "with", "according", "between", "furthermore",
        "meanwhile", "however", "additionally", "as", "to", "by", "from", "after", "before", "since", "while", "during",
        "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "its", "their", "his", "her", "our",
        "notably", "following", "due", "despite", "also", "some", "many", "multiple", "several", "one", "two", "three",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "if", "when", "there",
        "here", "what", "which", "who", "where", "why", "how", "all", "both", "each", "no", "not", "more", "most",
        "other", "another", "such", "so", "then", "than", "once", "over", "about", "around", "nearly", "almost", "at",
        "until", "because", "although", "though", "yet", "still", "even", "just", "only", "multiple", "key", "aerial",
        "image", "source", "further", "last", "next", "new", "earlier", "later", "overnight", "today", "yesterday",
    ]
}
