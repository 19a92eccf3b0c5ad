import Testing
@testable import BriefgenText

/// ``HeadlineTokens`` split on scalars, against the split on characters with scalar arrays that it replaced.
struct HeadlineTokensTests {
    private static let detachable: Set<Unicode.Scalar> = [
        ",", ";", ":", ".", "!", "?", "\"", "“", "”", "‘", "’", "'", "(", ")", "[", "]", "—", "–", "…",
    ]

    /// The character-based tokenization.
    private func characterTokens(_ sentence: String) -> [String] {
        var dashed: [Unicode.Scalar] = []
        for scalar in sentence.unicodeScalars {
            if scalar == "—" || scalar == "–" || scalar == "_" { dashed += [" ", scalar, " "] } else { dashed.append(scalar) }
        }
        var spaced = ""
        spaced.unicodeScalars.append(contentsOf: dashed)
        var tokens: [String] = []
        for piece in spaced.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            var scalars = Array(piece.unicodeScalars)
            var leading: [String] = []
            var trailing: [String] = []
            while let first = scalars.first, Self.detachable.contains(first), scalars.count > 1 || first == "—" || first == "–" {
                leading.append(String(first))
                scalars.removeFirst()
            }
            while let last = scalars.last, Self.detachable.contains(last), !isAbbreviationPeriod(scalars), !isPluralPossessive(scalars) {
                trailing.insert(String(last), at: 0)
                scalars.removeLast()
            }
            tokens += leading
            if !scalars.isEmpty { tokens.append(ScalarText.string(scalars[...])) }
            tokens += trailing
        }
        return tokens
    }

    private func isAbbreviationPeriod(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.last == ".", scalars.count >= 2 else { return false }
        if scalars.dropLast().contains(".") { return true }
        let word = ScalarText.string(scalars.dropLast())
        return word.count > 1 && Abbreviations.kind(of: word, afterCapitalizedWord: false) != nil
    }

    private func isPluralPossessive(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count > 2, let last = scalars.last, last == "’" || last == "'" else { return false }
        let opener: Unicode.Scalar = last == "’" ? "‘" : "'"
        return scalars[scalars.count - 2] == "s" && !scalars.dropLast().contains(opener)
    }

    private let sentences = [
        "KYIV, Ukraine (AP) — The U.N. verified 2,641 civilian casualties between April 1-24, officials said.",
        "“We will not stop,” Zelensky said on Jan. 5 in Kharkiv’s center; investors’ ‘money’ fled…",
        "Officials in São Paulo and Zürich said the café’s owner—a résumé writer—fled (again) [sic]!",
        "Mr. Smith, Inc. and Jr. said: \"no\" – 'yes' … ?",
        "tabs\tand\nnewlines\r\nand CRLF  double  spaces _underscored_ ",
        "a caf\u{E9} \u{301}owner and e\u{301}lite troops",
        "\u{600} prepended — marks",
        "— – . , ’",
        "",
    ]

    @Test func matchesTheCharacterBasedTokenization() {
        for sentence in sentences {
            #expect(HeadlineTokens(sentence).tokens == characterTokens(sentence), "\(sentence)")
        }
    }

    @Test func detachesPunctuationButKeepsAbbreviationsAndPossessives() {
        #expect(HeadlineTokens(sentences[0]).tokens == [
            "KYIV", ",", "Ukraine", "(", "AP", ")", "—", "The", "U.N.", "verified", "2,641", "civilian", "casualties",
            "between", "April", "1-24", ",", "officials", "said", ".",
        ])
        #expect(HeadlineTokens(sentences[1]).tokens == [
            "“", "We", "will", "not", "stop", ",", "”", "Zelensky", "said", "on", "Jan.", "5", "in", "Kharkiv’s", "center",
            ";", "investors’", "‘", "money", "’", "fled", "…",
        ])
    }

    @Test func joinsTokensWithoutSpacesInsideMarks() {
        let closing: Set<String> = [",", ";", ":", ".", "!", "?", ")", "]", "”", "’", "…"]
        let opening: Set<String> = ["(", "[", "“", "‘"]
        for sentence in sentences + ["a \u{37E} b ( c", "words [ that ) close ‘ and ’ open"] {
            let tokens = HeadlineTokens(sentence)
            var joined = ""
            var previous: String?
            for token in tokens.tokens {
                if let previous, !closing.contains(token), !opening.contains(previous) { joined += " " }
                joined += token
                previous = token
            }
            #expect(tokens.text == joined, "\(sentence)")
        }
        #expect(HeadlineTokens(sentences[1]).text
            == "“We will not stop,” Zelensky said on Jan. 5 in Kharkiv’s center; investors’ ‘money’ fled…")
        #expect(HeadlineTokens(tokens: ["a", "\u{37E}", "b"]).text == "a\u{37E} b")
    }

    @Test func splitsAtSpacesThatAreCharactersOfTheirOwn() {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 }
        #expect("the café’s  owner — on Jan. 5 ".piecesBetweenStandAlone(separators: isSpace)
            == ["the", "café’s", "owner", "—", "on", "Jan.", "5"])
        #expect("a caf\u{E9} \u{301}owner".piecesBetweenStandAlone(separators: isSpace) == nil)
        #expect("\u{600} word".piecesBetweenStandAlone(separators: isSpace) == nil)
        #expect("line\r\nnext\nlast".piecesBetweenStandAlone(separators: { $0 == 0x0A }) == nil)
        #expect("line\nnext\tlast".piecesBetweenStandAlone(separators: { $0 == 0x0A || $0 == 0x09 }) == ["line", "next", "last"])
    }
}
