@testable import BriefgenText
import Foundation
import Testing

/// ``WordToken/isMark(_:)`` answers as comparing the token's text with the mark, which it replaces.
@Test func tokenMarksAnswerAsTextComparison() {
    let text = ScalarText("“U.N.” (UNHCR) said: 2,641 — one-fifth; 46% ‘ok’ «non» −5 ±2 … \u{037E} e\u{301} Ж و 🚀 & $ ' \" ,\r\n.")
    let tokens = WordTokenizer().tokens(text)
    let marks: [Unicode.Scalar] = ["“", "”", "‘", "’", "«", "»", "–", "—", "−", "±", "…", "(", ")", ",", ".", ";", ":", "-",
                                   "&", "$", "'", "\"", "%", "/"]
    for token in tokens {
        for mark in marks {
            #expect(token.isMark(mark) == (token.text == String(mark)), "\(token.text) \(mark)")
        }
    }
    // The Greek question mark is `;` to Swift's `==`: a symbol beyond the compared marks is compared as text.
    let greek = tokens.first { $0.text.unicodeScalars.first == "\u{037E}" }
    #expect(greek?.mark == 0)
    #expect(greek?.isMark(";") == true)
    #expect(tokens.map(\.mark).filter { $0 != 0 } == [ // `U.N.` keeps its periods, `2,641` its comma
        0x201C, 0x201D, 0x28, 0x29, 0x3A, 0x2014, 0x2D, 0x3B, 0x25, 0x2018, 0x2019, 0xAB, 0xBB, 0x2212, 0xB1, 0x2026, 0x26,
        0x24, 0x27, 0x22, 0x2C, 0x2E,
    ])
    #expect(tokens.filter { $0.kind == .symbol && $0.mark == 0 }.map(\.text) == ["\u{037E}", "\u{301}", "🚀"])
}

@Test func comparedMarksHaveNoCanonicalDecomposition() {
    for value in WordToken.comparedMarks {
        let mark = String(Unicode.Scalar(value)!)
        #expect(mark.decomposedStringWithCanonicalMapping == mark)
        #expect(mark.precomposedStringWithCanonicalMapping == mark)
    }
}
