/// Sorts a figure into a ``Statistic/Category`` and names its unit, from the words of what it counts.
struct CategoryClassifier {
    static let killedWords: Set<String> = [
        "killed", "dead", "deaths", "death", "died", "fatalities", "fatality", "bodies", "lives", "killing", "killings",
        "slain", "toll", "perished",
    ]
    static let injuredWords: Set<String> = [
        "injured", "injuries", "injury", "wounded", "hurt", "wounding", "injuring", "hospitalised", "hospitalized",
    ]
    static let casualtyWords: Set<String> = ["casualties", "casualty"]
    static let displacedWords: Set<String> = [
        "displaced", "refugees", "refugee", "fled", "evacuated", "evacuees", "homeless", "idps", "displacement", "uprooted",
        "asylum",
    ]
    static let attackWords: Set<String> = [
        "attacks", "attack", "strikes", "strike", "airstrikes", "airstrike", "drones", "drone", "missiles", "missile",
        "rockets", "rocket", "shells", "shelling", "bombs", "bombings", "explosions", "explosion", "blasts", "raids",
        "sorties", "munitions", "projectiles", "bombardments", "shaheds", "uavs", "barrages", "assaults", "salvos",
    ]
    static let militaryWords: Set<String> = [
        "soldiers", "troops", "servicemen", "military", "tanks", "vehicles", "aircraft", "jets", "helicopters",
        "warships", "ships", "vessels", "artillery", "servicemembers", "combatants", "fighters", "militants",
        "equipment", "guns", "systems",
    ]
    static let lossWords: Set<String> = [
        "killed", "lost", "losses", "destroyed", "downed", "casualties", "dead", "deaths", "died", "wounded", "injured",
        "captured", "eliminated", "sunk",
    ]
    static let personWords: Set<String> = [
        "people", "persons", "person", "civilians", "civilian", "children", "child", "women", "men", "soldiers", "troops",
        "servicemen", "residents", "refugees", "palestinians", "ukrainians", "israelis", "russians", "sudanese",
        "hostages", "prisoners", "detainees", "victims", "workers", "journalists", "staff", "members", "fighters",
        "militants", "deaths", "casualties", "injuries", "dead", "wounded", "injured", "killed", "individuals", "babies",
        "infants", "minors", "adults", "patients", "evacuees", "migrants", "captives", "pows", "personnel", "doctors",
        "nurses", "volunteers", "students", "inhabitants", "displaced", "strong", "member", "man", "woman",
        "suspects", "gunmen", "attackers",
    ]
    /// Things of the war worth a figure even in small numbers (`two villages`, `three hospitals`).
    static let relevantThings: Set<String> = [
        "villages", "village", "towns", "town", "settlements", "settlement", "cities", "city", "territory", "hospitals",
        "hospital", "schools", "school", "buildings", "building", "homes", "houses", "apartments", "hostages",
        "prisoners", "detainees", "captives", "pows", "trucks", "convoys", "bridges", "power", "plants", "regions",
        "districts", "hamlets", "kilometres", "kilometers", "miles", "hectares", "oblasts", "systems", "tanks", "jets",
        "aircraft", "launchers", "howitzers", "batteries", "warships", "ships", "helicopters", "vehicles", "weapons",
        "schools", "churches", "mosques", "ambulances", "shelters", "bodies", "graves", "airfields", "airfield",
        "airbases", "bases", "depots", "refineries", "substations", "ports", "outposts", "checkpoints", "positions",
        "bombers", "warehouses", "facilities", "vessels",
    ]

    /// The category of a figure, given its mention and the words of what it counts.
    func category(of mention: NumberMention, what words: [String]) -> Statistic.Category {
        if mention.currency != nil { return .money }
        if mention.isPercent { return .percentage }
        // The word lists each word is in, one lookup a word (no set of the words built per figure).
        var classes: WordClasses = []
        var civilian = false
        for word in words {
            classes.formUnion(WordClasses.of(word))
            if word == "civilians" || word == "civilian" { civilian = true }
        }
        let military = classes.contains(.militaryWord) && !civilian
        if military, classes.contains(.lossWord) { return .militaryLosses }
        if classes.contains(.killedWord) { return .killed }
        if classes.contains(.injuredWord) { return .injured }
        if classes.contains(.casualtyWord) { return .casualties }
        if classes.contains(.displacedWord) { return .displaced }
        if let head = words.last, WordClasses.of(head).contains(.attackWord) { return .attacks }
        if classes.contains(.attackWord), words.count <= 3 { return .attacks }
        return .other
    }

    /// The unit of a figure: a currency, `percent`, `fraction`, `people`, or the counted noun itself.
    func unit(of mention: NumberMention, category: Statistic.Category, head: String?) -> String? {
        if let currency = mention.currency { return currency }
        if mention.isPercent { return "percent" }
        if mention.isFraction { return "fraction" }
        if let modifier = mention.modifierWord, Self.personWords.contains(modifier) { return "people" }
        if [.killed, .injured, .casualties, .displaced].contains(category) { return "people" }
        guard let head else { return nil }
        if Self.personWords.contains(head) { return "people" }
        // Demonyms: `Gazans`, `Israelis`, `Sudanese`.
        if head.hasSuffix("ans") || head.hasSuffix("ese") || (head.hasSuffix("is") && head.count > 4) { return "people" }
        return head
    }
}
