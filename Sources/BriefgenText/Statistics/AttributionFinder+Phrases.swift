/// The phrases that name a source around a reporting verb: the subject before it, the phrase after `according to` or an
/// inverted verb, asides and appositives between them.
extension AttributionFinder {
    // MARK: - Phrases

    /// The source named before a reporting verb, or nil.
    func subject(before verb: Int, in tokens: [WordToken], speakers: SpeakerHistory) -> String? {
        var index = verb - 1
        while index >= 0, tokens[index].is(.skippable) { index -= 1 }
        guard index >= 0 else { return nil }
        if tokens[index].isMark(","), let name = appositive(endingAt: index, in: tokens) { return name }
        // `Zin, a 44-year-old resident who witnessed the bombings, said`: the subject stands before the aside.
        if tokens[index].isMark(","), let open = asideStart(endingAt: index, in: tokens) {
            return subject(before: open, in: tokens, speakers: speakers)
        }
        // `“We have recorded 46% more displacement,” said Amy Pope`: a speaker's `we` or `I` inside a quote is not the
        // source; the speaker named after it is.
        if Self.firstPersonPronouns.contains(tokens[index].lower) { return nil }
        if tokens[index].is(.pronoun) {
            return tokens[index].lower == "it" || tokens[index].lower == "they" ? speakers.lastOrganization : speakers.lastPerson
        }
        var end = index + 1
        var start = end
        while start > 0 {
            let token = tokens[start - 1]
            if let linked = linkedStart(tokens, before: start, end: end) {
                start = linked
                continue
            }
            guard token.kind == .word || (token.isMark("-") && !token.spaceBefore) || token.isMark("'", "‘", "’") else { break }
            let word = token.lower
            if word == "the" || word == "a" || word == "an" { break }
            if token.kind == .word, !token.isCapitalized, token.is(.stopWord) { break }
            if token.kind == .word, !token.isCapitalized,
               !token.is(.sourceNoun),
               word.hasSuffix("ing") || (word.hasSuffix("ed") && !Self.sourceAdjectives.contains(word)) { break }
            start -= 1
        }
        while start < end, tokens[start].kind == .symbol { start += 1 }
        while end > start, tokens[end - 1].kind == .symbol { end -= 1 }
        guard start < end else { return nil }
        let words = tokens[start..<end]
        // The source must end in a name or hold a source noun: `Zelenskyy`, `officials`, `Ukrainian air force`,
        // `governor of the southern Mykolaiv region` (not `Um Baru locality`).
        func isSourceNoun(_ token: WordToken) -> Bool {
            token.is(.sourceNoun) || (token.lower.hasSuffix("'s") || token.lower.hasSuffix("’s"))
                && Self.sourceNouns.contains(String(token.lower.dropLast(2)))
        }
        // `…, the bank said`: one noun after `the` at the start of a clause names the source the text introduced.
        // `The ship's operator said`: and one noun after a possessive.
        let head = words.count == 2 && (words[start].lower.hasSuffix("'s") || words[start].lower.hasSuffix("’s")) ? start + 1 : start
        let definite = (words.count == 1 || head > start) && start > 0 && tokens[start - 1].lower == "the" && words[head].kind == .word
            && !words[head].is(.stopWord) && !words[head].is(.verb) && !words[head].lower.hasSuffix("ly")
            && (start == 1 || tokens[start - 2].isMark(",", ";", "\"", "”"))
        guard let last = words.last, last.isCapitalized || definite
                || words.contains(where: { isSourceNoun($0) || $0.is(.title) })
        else { return nil }
        // `data from X shows`
        if start >= 2, tokens[start - 1].lower == "from", Self.dataNouns.contains(tokens[start - 2].lower) {
            return Self.text(words)
        }
        return Self.text(words)
    }

    /// `Ministry of Health`, `Mission in Ukraine`, `officials in the occupied part of the Zaporizhzhia region`: where a
    /// source name continues back over `of`/`in`/`for` (and `the`), the index where it starts; nil when no source noun
    /// or name stands before the links.
    func linkedStart(_ tokens: [WordToken], before start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        var cursor = start
        var found: Int?
        for hop in 0..<3 {
            var link = cursor - 1
            // `officials in both countries`, `Ministry of Health`, `Mission in the region`
            // (Comparisons, not array literals: this runs for every word a subject is read back over.)
            if link >= 0, tokens[link].lower == "the" || tokens[link].lower == "both" || tokens[link].lower == "all" { link -= 1 }
            guard link > 0, tokens[link].lower == "of" || tokens[link].lower == "in" || tokens[link].lower == "for"
                    || tokens[link].lower == "from" else { break }
            var phraseStart = link
            while phraseStart > 0, link - phraseStart < 5 {
                let token = tokens[phraseStart - 1]
                let joinedHyphen = token.isMark("-") && !token.spaceBefore
                guard token.kind == .word || joinedHyphen, token.lower != "the", token.lower != "a", token.lower != "an" else { break }
                if token.kind == .word, !token.isCapitalized, token.is(.stopWord) { break }
                phraseStart -= 1
            }
            guard phraseStart < link else { break }
            let phrase = tokens[phraseStart..<link]
            let head = tokens[link - 1]
            // `rebels from the Azawad Liberation Front`, not `data from the Grains Council` (the data's source).
            if tokens[link].lower == "from", Self.dataNouns.contains(head.lower) || Self.documentNouns.contains(head.lower) { break }
            if phrase.contains(where: { $0.is(.sourceNoun) })
                || (hop == 0 && head.isCapitalized && tokens[start].isCapitalized) {
                found = phraseStart
            }
            cursor = phraseStart
        }
        return found
    }

    /// Where the source starts after `according to`: past `figures from`, `data by`, `estimates of` (`according to
    /// figures from the health ministry` → `health ministry`).
    func sourceStart(_ start: Int, in tokens: [WordToken]) -> Int {
        var index = start
        if index < tokens.count, ["the", "a", "an", "latest", "new", "official"].contains(tokens[index].lower) { index += 1 }
        if index < tokens.count, ["latest", "new", "official", "preliminary"].contains(tokens[index].lower) { index += 1 }
        // `according to a report published by the FAO`, `according to a statement from the ministry`
        if index + 1 < tokens.count, Self.documentNouns.contains(tokens[index].lower) {
            if ["from", "by"].contains(tokens[index + 1].lower) { return index + 2 }
            // `a report released on Tuesday by the U.N. human rights office`: `by` within a few words.
            if index + 2 < tokens.count, ["published", "released", "issued", "compiled", "prepared"].contains(tokens[index + 1].lower),
               let by = tokens[(index + 2)..<min(tokens.count, index + 6)].firstIndex(where: { $0.lower == "by" }) { return by + 1 }
        }
        guard index + 1 < tokens.count, Self.dataNouns.contains(tokens[index].lower) || tokens[index].lower == "figures",
              ["from", "by", "of", "released"].contains(tokens[index + 1].lower) else { return start }
        return tokens[index + 1].lower == "released" && index + 2 < tokens.count && tokens[index + 2].lower == "by" ? index + 3 : index + 2
    }

    /// The comma opening an aside that ends at `comma` (`, a spokesman for the ministry,`, `, who saw the attack,`).
    /// An aside may hold commas of its own (`, a spokesperson for the Commission for Dialogue, Reconciliation and Peace,`):
    /// the comma that opens it is the nearest one, within 20 tokens, followed by a word that can open an aside.
    func asideStart(endingAt comma: Int, in tokens: [WordToken]) -> Int? {
        var open = comma - 1
        while open > 0, comma - open < 20 {
            while open > 0, !tokens[open].isMark(","), comma - open < 20 { open -= 1 }
            guard open > 0, tokens[open].isMark(","), open + 1 < comma else { return nil }
            // `Colonel Pavlo Fedosenko, 41, said`: an age between commas.
            if open + 2 == comma, tokens[open + 1].kind == .number { return open }
            // `Officials in the town, speaking on condition of anonymity, said`: a participle opens an aside too.
            let opener = tokens[open + 1]
            let participle = opener.kind == .word && !opener.isCapitalized && opener.lower.count > 5 && opener.lower.hasSuffix("ing")
            // `Ukraine's military intelligence agency, known as HUR, said`
            // `Magen David Adom, Israel's emergency service, said`: a possessive opens a description.
            let possessive = opener.lower.hasSuffix("'s") && open + 2 < comma && tokens[open + 2].kind == .word && !tokens[open + 2].isCapitalized
            if participle || possessive || ["a", "an", "the", "who", "which", "whose", "one", "known", "based", "formerly", "also"].contains(opener.lower) {
                return open
            }
            // Only a name's own commas come before: `Dialogue, Reconciliation and Peace`.
            guard opener.isCapitalized else { return nil }
            open -= 1
        }
        return nil
    }

    /// `A senior U.N. official in Congo, Vivian van de Perre, said`: the name set off by commas before the verb.
    func appositive(endingAt comma: Int, in tokens: [WordToken]) -> String? {
        var start = comma
        while start > 0, !tokens[start - 1].isMark(","), comma - start < 6 { start -= 1 }
        guard start > 0, tokens[start - 1].isMark(","), start < comma else { return nil }
        let name = tokens[start..<comma]
        // `, Col. Alain Kiwewa,`: the period of an abbreviated title belongs to the name.
        func abbreviation(_ index: Int) -> Bool {
            tokens[index].isMark(".") && !tokens[index].spaceBefore && index > start && tokens[index - 1].is(.title)
        }
        guard name.first?.isCapitalized == true, name.last?.isCapitalized == true,
              name.indices.allSatisfy({ tokens[$0].isCapitalized || abbreviation($0)
                  || ["de", "van", "der", "al", "el", "bin", "von", "da", "-"].contains(tokens[$0].lower) })
        else { return nil }
        return Self.text(name)
    }

    /// A source phrase after `according to` or an inverted verb: up to a comma, `that`, or the end. After an inverted
    /// verb (`…, said the ministry`) it must name a source: a capitalized name or a source noun.
    func phrase(after start: Int, in tokens: [WordToken], mustNameSource: Bool = false) -> String? {
        var index = start
        while index < tokens.count, ["the", "a", "an"].contains(tokens[index].lower) || tokens[index].isMark("'", "‘", "’", "\"", "“") {
            index += 1
        }
        if mustNameSource {
            // `…, said its fighters had destroyed 5 tanks`: a possessive opens what was said, not its source.
            guard index < tokens.count, !["its", "their", "his", "her", "our", "my"].contains(tokens[index].lower) else { return nil }
            guard index < tokens.count, tokens[index].isCapitalized || tokens[index].is(.sourceNoun)
                || (index + 1 < tokens.count && tokens[index + 1].is(.sourceNoun)) else { return nil }
        }
        var end = index
        while end < tokens.count, end - index < 10 {
            let token = tokens[end]
            if token.kind == .symbol, !token.isMark("-", "'", "’", "&") { break }
            if ["that", "on", "which", "who", "in", "as", "after", "when", "while", "to", "from", "last", "quoted", "cited",
                "published", "released", "issued", "said", "says", "had", "has", "have", "was", "were", "is", "are", "will",
                "would"].contains(token.lower),
               !(token.lower == "in" && end + 1 < tokens.count && tokens[end + 1].isCapitalized && end > index && tokens[end - 1].isCapitalized) { break }
            if token.kind == .number { break }
            end += 1
        }
        guard end > index else { return nil }
        // `according to the regional governor, Oleh Syniehubov.`: the name set off after the title.
        // `…, said Doctors Without Borders’ emergency coordinator in Sudan, Claire Nicolet.`: the title's place too.
        let titleEnd = end
        if end + 2 < tokens.count, tokens[end].lower == "in", tokens[end + 1].isCapitalized, tokens[end + 2].isMark(","),
           tokens[index..<end].contains(where: { $0.is(.title) || Self.roleNouns.contains($0.lower) }) {
            end += 2
        }
        if end < tokens.count, tokens[end].isMark(","),
           !tokens[index..<end].contains(where: { $0.isCapitalized }) || !tokens[titleEnd - 1].isCapitalized,
           tokens[index..<end].contains(where: { $0.is(.title) || Self.roleNouns.contains($0.lower) }) {
            var nameEnd = end + 1
            while nameEnd < tokens.count, tokens[nameEnd].isCapitalized, nameEnd - end <= 4 { nameEnd += 1 }
            if nameEnd > end + 1, nameEnd == tokens.count || tokens[nameEnd].isMark(".", ",") {
                return Self.text(tokens[index..<end]) + " " + Self.text(tokens[(end + 1)..<nameEnd])
            }
        }
        return Self.text(tokens[index..<end])
    }

    static func text(_ tokens: ArraySlice<WordToken>) -> String {
        // One word or number (most names): its text as it is, as the loop below would copy it.
        if tokens.count == 1, let only = tokens.first, only.kind != .symbol { return only.text }
        var text = ""
        for index in tokens.indices { // (the tokens read in place, not copied)
            // Quotes go; a possessive apostrophe stays (`Houthis' Al-Masirah`).
            if tokens[index].isMark("'", "‘", "’") || tokens[index].isMark("\"", "“", "”") { // words are never quotes
                let possessive = tokens[index].isMark("'", "’") && !tokens[index].spaceBefore && index > tokens.startIndex
                    && tokens[index - 1].text.hasSuffix("s") && index + 1 < tokens.endIndex && tokens[index + 1].kind == .word
                if !possessive { continue }
            }
            if !text.isEmpty, tokens[index].spaceBefore { text += " " }
            text += tokens[index].text
        }
        return text
    }
}
