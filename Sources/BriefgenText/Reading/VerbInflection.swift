/// English verb forms for headlinese: present tense from progressive ("pushing" → "pushes") and from past or
/// perfect forms ("continued" → "continues"), with a table of common irregular verbs.
enum VerbInflection {
    /// The base form of a past tense or past participle ("continued" → "continue", "made" → "make"), nil if not one.
    static func base(ofPast word: String) -> String? {
        if let irregular = irregularPast[word] { return irregular }
        guard word.hasSuffix("ed"), word.count > 3 else { return nil }
        if word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("eed") { return String(word.dropLast(1)) }
        return restoreFinalE(String(word.dropLast(2)))
    }

    /// The base form of an "-ing" participle ("pushing" → "push", "making" → "make"), nil if not one.
    static func base(ofParticiple word: String) -> String? {
        guard word.hasSuffix("ing"), word.count > 5 else { return nil }
        return restoreFinalE(String(word.dropLast(3)))
    }

    /// Whether `word` is an irregular past form ("began", "said", "fell").
    static func isIrregularPast(_ word: String) -> Bool { irregularPast[word] != nil }

    /// Third person singular present ("push" → "pushes", "carry" → "carries").
    static func thirdPerson(_ base: String) -> String {
        if base == "be" { return "is" }
        if base == "have" { return "has" }
        let scalars = Array(base.unicodeScalars)
        guard let last = scalars.last else { return base }
        if last == "y", scalars.count > 1, !vowels.contains(scalars[scalars.count - 2]) { return String(base.dropLast()) + "ies" }
        if ["s", "x", "z", "o"].contains(last) || base.hasSuffix("sh") || base.hasSuffix("ch") { return base + "es" }
        return base + "s"
    }

    /// Undoes consonant doubling ("stopp" → "stop") and restores a dropped final "e" ("continu" → "continue").
    private static func restoreFinalE(_ stem: String) -> String {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 2, let last = scalars.last else { return stem }
        let beforeLast = scalars[scalars.count - 2]
        if last == beforeLast, scalars.count >= 4, !["l", "s", "f", "z"].contains(last), !vowels.contains(last) {
            return String(stem.dropLast())
        }
        if last == "u" || last == "v" { return stem + "e" }
        if stem.hasSuffix("our") || stem.hasSuffix("eat") || stem.hasSuffix("oat") || stem.hasSuffix("ait") { return stem }
        if scalars.count == 3, !vowels.contains(scalars[0]), vowels.contains(scalars[1]), !vowels.contains(last),
           !["w", "x", "y"].contains(last) {
            return stem + "e"
        }
        for ending in ["at", "iz", "is", "us", "ur", "ar", "os", "as", "ac", "ic", "ag", "ang", "ng", "dg", "rg", "uc", "uk", "ok", "ak", "id", "od", "ud", "ib", "ov", "ir", "ap", "ot", "it", "am"]
        where stem.hasSuffix(ending) && eTakers(stem, ending) {
            return stem + "e"
        }
        return stem
    }

    /// Whether a stem with this ending takes an "e" back ("indicat" → "indicate", but "visit", "edit", "limit" do not).
    private static func eTakers(_ stem: String, _ ending: String) -> Bool {
        switch ending {
        case "it", "ot", "id", "od", "ud", "ap", "ir", "ng", "ang", "ic", "ag", "ok", "ak":
            return eStems.contains(stem)
        default:
            return !noEStems.contains(stem)
        }
    }

    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
    private static let eStems: WordSet = [
        "invit", "unit", "not", "vot", "promot", "devot", "quot", "decid", "provid", "divid", "guid", "includ",
        "conclud", "exclud", "explod", "erod", "shap", "escap", "scrap", "tap", "hir", "fir", "requir", "acquir",
        "retir", "admir", "expir", "inspir", "chang", "arrang", "challeng", "exchang", "damag", "manag", "engag",
        "encourag", "stag", "cit", "invok", "provok", "evok", "tak", "mak", "wak", "shak", "stak", "sid", "rid",
    ]
    private static let noEStems: WordSet = [
        "attack", "visit", "edit", "limit", "exhibit", "credit", "benefit", "deposit", "profit", "vomit", "pivot",
        "boycott", "sanction", "bar", "star", "war", "offer", "enter", "order", "occur", "incur", "stir", "blur",
        "discuss", "focus", "bias", "gas", "alias", "canvas", "harass", "traffic", "panic", "mimic", "frolic",
        "lag", "drag", "flag", "tag", "bag", "brag", "nag", "zigzag", "wag", "sag", "claim", "seem", "alarm",
    ]
    private static let irregularPast: [String: String] = [
        "made": "make", "said": "say", "taken": "take", "took": "take", "given": "give", "gave": "give",
        "seen": "see", "saw": "see", "begun": "begin", "began": "begin", "sent": "send", "led": "lead",
        "held": "hold", "won": "win", "lost": "lose", "struck": "strike", "hit": "hit", "told": "tell",
        "left": "leave", "brought": "bring", "sought": "seek", "fought": "fight", "become": "become",
        "became": "become", "come": "come", "came": "come", "run": "run", "ran": "run", "shot": "shoot",
        "kept": "keep", "met": "meet", "paid": "pay", "put": "put", "set": "set", "cut": "cut", "found": "find",
        "spoken": "speak", "spoke": "speak", "written": "write", "wrote": "write", "gone": "go", "went": "go",
        "done": "do", "did": "do", "fled": "flee", "shown": "show", "grown": "grow", "grew": "grow",
        "risen": "rise", "rose": "rise", "fallen": "fall", "fell": "fall", "thrown": "throw", "threw": "throw",
        "chosen": "choose", "chose": "choose", "driven": "drive", "drove": "drive", "built": "build",
        "sold": "sell", "bought": "buy", "felt": "feel", "meant": "mean", "spent": "spend", "stood": "stand",
        "understood": "understand", "broken": "break", "broke": "break", "stolen": "steal", "stole": "steal",
        "forgotten": "forget", "forbidden": "forbid", "overseen": "oversee", "undertaken": "undertake",
    ]
}
