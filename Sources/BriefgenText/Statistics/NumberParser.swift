import Foundation

/// Finds every number in a sentence's tokens, in every form news uses: digits (`2,641`, `3.5`), words (`eighteen`,
/// `two dozen`), fractions (`one-fifth`, `a third`), scales (`1.2 million`, `€3bn`), percentages (`46%`, `46 per cent`),
/// money (`$500 billion`), ranges (`10 to 12`, `10-12`, `between 5 and 7`) and vague magnitudes (`hundreds of`).
///
/// It also says why a number is not a figure (a year, a date, a time, a code, an ordinal…), leaving the decision to the caller.
public struct NumberParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// The numbers in `tokens`, in order, none overlapping.
    public func mentions(in tokens: [WordToken]) -> [NumberMention] {
        var result: [NumberMention] = []
        var index = 0
        while index < tokens.count {
            // The test `readSingle` opens with, before calling it: most tokens start no number.
            guard tokens[index].kind == .number || tokens[index].is(.numberStart), var mention = readSingle(tokens, at: index) else {
                index += 1
                continue
            }
            mention = extendToRange(tokens, mention)
            mention = readRatio(tokens, mention)
            NumberContextReader().classify(&mention, in: tokens)
            result.append(mention)
            index = max(mention.endToken, index + 1)
        }
        return result
    }

    // MARK: - One number

    /// One number (no range) starting at token `index`, with its currency, scale and percent sign. (Marks are compared
    /// with `isMark`, which answers as comparing the text: see ``WordToken/isMark(_:)``.)
    func readSingle(_ tokens: [WordToken], at index: Int) -> NumberMention? {
        let token = tokens[index]
        // Most tokens cannot start a number: one bit test instead of the lookups below (see ``WordClasses/numberStart``).
        guard token.kind == .number || token.is(.numberStart) else { return nil }
        var currency: String?
        var sign = 1.0
        var numberIndex = index
        let isSymbol = token.kind == .symbol // currency signs, minus signs and vulgar fractions are symbols
        let signCode = isSymbol ? Self.currencySigns[token.text] : nil // looked up once for the two tests below
        if let code = signCode, index + 1 < tokens.count, tokens[index + 1].kind == .number {
            currency = code
            numberIndex = index + 1
        } else if let code = signCode, index + 2 < tokens.count, tokens[index + 1].isMark("-"),
                  !tokens[index + 1].spaceBefore, tokens[index + 2].kind == .number, !tokens[index + 2].spaceBefore {
            currency = code
            sign = -1
            numberIndex = index + 2
        } else if token.kind == .word, index + 2 < tokens.count, tokens[index + 1].isMark("$"),
                  token.lower == "us" || token.lower == "a" || token.lower == "c",
                  !tokens[index + 1].spaceBefore, tokens[index + 2].kind == .number {
            currency = token.lower == "us" ? "USD" : (token.lower == "a" ? "AUD" : "CAD")
            numberIndex = index + 2
        } else if isSymbol, token.isMark("-", "−"), token.spaceBefore || index == 0 || tokens[index - 1].isMark("("),
                  index + 1 < tokens.count, tokens[index + 1].kind == .number, !tokens[index + 1].spaceBefore {
            sign = -1
            numberIndex = index + 1
        }
        var mention: NumberMention
        if tokens[numberIndex].kind == .number {
            mention = readDigits(tokens, at: numberIndex, currency: currency)
        } else if isSymbol, let vulgar = Self.vulgarFractions[token.text] {
            mention = NumberMention(firstToken: index, endToken: index + 1, start: token.start, end: token.end, value: vulgar)
            mention.isFraction = true
        } else if token.kind == .word, token.is(.numberWordOpener), let words = NumberWordReader().read(tokens, at: index) {
            mention = words
        } else {
            return nil
        }
        mention.firstToken = index
        mention.start = token.start
        mention.value *= sign
        if mention.currency == nil { mention.currency = currency }
        readPostfix(tokens, &mention)
        return mention
    }

    private func readDigits(_ tokens: [WordToken], at index: Int, currency: String?) -> NumberMention {
        let token = tokens[index]
        // (Most numbers have no thousands separator: parsed as written, without a filtered copy.)
        var value = (token.text.utf8.contains(0x2C) ? Double(String(token.text.unicodeScalars.filter { $0 != "," }))
            : Double(token.text)) ?? 0
        var next = index + 1
        var mention = NumberMention(firstToken: index, endToken: next, start: token.start, end: token.end, value: value)
        func joined(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }
        // Thousands separated by a space (`10 000`).
        if next < tokens.count, tokens[next].kind == .number, tokens[next].spaceBefore, token.text.count <= 3,
           token.text.allSatisfy(\.isNumber), tokens[next].text.count == 3, tokens[next].text.allSatisfy(\.isNumber),
           !(next + 1 < tokens.count && tokens[next + 1].isMark("/")) {
            value = value * 1_000 + (Double(tokens[next].text) ?? 0)
            next += 1
        }
        // Scientific notation: `4e14`, `1e-3`, `2.48×10−5`, `5.5x10-3`.
        if let (exponent, used) = readExponent(tokens, at: next) {
            value = exponent < 0 ? value / pow(10, -exponent) : value * pow(10, exponent)
            next += used
        }
        // A fraction written with a slash (`1/4`), or a mixed number (`2 1/2`), or `2½`.
        if joined(next), tokens[next].isMark("/"), joined(next + 1), tokens[next + 1].kind == .number,
           !(joined(next + 2) && tokens[next + 2].isMark("/")),
           let denominator = Double(tokens[next + 1].text), denominator > value, Self.slashDenominators.contains(denominator) {
            value /= denominator
            mention.isFraction = true
            next += 2
        } else if joined(next), tokens[next].isMark("/"), joined(next + 1), tokens[next + 1].kind == .number {
            mention.nonFigure = .code // a ratio or a date: `24/7`, `9/11`, `1/0`
            next += 2
        } else if next + 2 < tokens.count, tokens[next].kind == .number, tokens[next].spaceBefore, joined(next + 1),
                  tokens[next + 1].isMark("/"), joined(next + 2), let a = Double(tokens[next].text),
                  let b = Double(tokens[next + 2].text), b > a, Self.slashDenominators.contains(b) {
            value += a / b
            next += 3
        } else if joined(next), let vulgar = Self.vulgarFractions[tokens[next].text] {
            value += vulgar
            next += 1
        }
        // Letters written straight after the digits: `21st`, `1960s`, `2pm`, `€3bn`, `06F6`.
        if joined(next), tokens[next].kind == .word {
            let word = tokens[next].lower
            if NumberWords.ordinalSuffixes.contains(word) {
                mention.nonFigure = .ordinal
                next += 1
            } else if word == "s" || word == "'s" {
                mention.nonFigure = .year
                next += 1
            } else if NumberWords.clockWords.contains(word) {
                mention.nonFigure = .time
                next += 1
            } else if let scale = NumberWords.joinedScales[word], !scale.needsCurrency || currency != nil,
                      tokens[next].text != "K" || currency != nil {
                value *= scale.value
                next += 1
            } else if word.unicodeScalars.contains(where: { WordTokenizer.isDigit($0) }) {
                mention.nonFigure = .code
                next += 1
            }
        }
        // A scale word after a space: `1.2 million`, `500 billion`, `two dozen`.
        if next < tokens.count, tokens[next].kind == .word, tokens[next].spaceBefore {
            if let scale = NumberWords.scales[tokens[next].lower] {
                value *= scale
                next += 1
            } else if tokens[next].lower == "dozen" {
                value *= 12
                next += 1
            }
        }
        mention.value = value
        mention.endToken = next
        mention.end = tokens[next - 1].end
        return mention
    }

    /// A percent sign or word, or a currency word, after the number.
    private func readPostfix(_ tokens: [WordToken], _ mention: inout NumberMention) {
        let next = mention.endToken
        guard next < tokens.count else { return }
        let word = tokens[next].lower
        var taken = 0
        if word == "%" || word == "percent" || word == "pct" || word == "percentage" {
            mention.isPercent = true
            taken = 1
            if word == "percentage", next + 1 < tokens.count, tokens[next + 1].lower == "points" { taken = 2 }
        } else if word == "per", next + 1 < tokens.count, tokens[next + 1].lower == "cent" {
            mention.isPercent = true
            taken = 2
        } else if mention.currency == nil, word == "pounds" || word == "pound",
                  next + 1 < tokens.count && tokens[next + 1].lower == "sterling" || next > 0 && NumberWords.scales[tokens[next - 1].lower] != nil {
            mention.currency = "GBP" // `20 million pounds`, `500 pounds sterling`; a bare `twenty pound bag` is a weight
            taken = next + 1 < tokens.count && tokens[next + 1].lower == "sterling" ? 2 : 1
        } else if mention.currency == nil, tokens[next].is(.currencyWord), let code = Self.currencyWords[word] {
            mention.currency = code
            taken = 1
        } else if mention.currency == nil, word == "€", !tokens[next].spaceBefore {
            mention.currency = "EUR"
            taken = 1
        }
        guard taken > 0 else { return }
        mention.endToken = next + taken
        mention.end = tokens[next + taken - 1].end
    }

    /// `one in five`, `1 in 3`: a share, read as a fraction.
    func readRatio(_ tokens: [WordToken], _ mention: NumberMention) -> NumberMention {
        let connector = mention.endToken
        guard mention.low == nil, !mention.isPercent, mention.currency == nil, connector + 1 < tokens.count,
              tokens[connector].lower == "in", mention.value >= 1, mention.value < 10,
              let second = readSingle(tokens, at: connector + 1), second.value > mention.value, second.value <= 100,
              second.currency == nil, !second.isPercent else { return mention }
        var ratio = mention
        ratio.value = mention.value / second.value
        ratio.isFraction = true
        ratio.endToken = second.endToken
        ratio.end = second.end
        return ratio
    }

    /// An exponent written after a number, and how many tokens it takes.
    private func readExponent(_ tokens: [WordToken], at index: Int) -> (Double, Int)? {
        guard index < tokens.count, !tokens[index].spaceBefore else { return nil }
        let word = tokens[index].lower
        func signed(_ i: Int) -> (Double, Int)? {
            guard i < tokens.count, !tokens[i].spaceBefore else { return nil }
            if tokens[i].kind == .number, let value = Double(tokens[i].text) { return (value, 1) }
            if ["-", "−"].contains(tokens[i].text), i + 1 < tokens.count, !tokens[i + 1].spaceBefore,
               tokens[i + 1].kind == .number, let value = Double(tokens[i + 1].text) { return (-value, 2) }
            return nil
        }
        if word.hasPrefix("e"), word.count > 1, let value = Double(word.dropFirst()) { return (value, 1) }
        if word == "e", let (value, used) = signed(index + 1) { return (value, used + 1) }
        if word == "×" || word == "x" || word == "x10", index + 1 < tokens.count {
            let tenAt = word == "x10" ? index : index + 1
            guard word == "x10" || tokens[tenAt].text == "10", !tokens[tenAt].spaceBefore || word == "x10",
                  let (value, used) = signed(tenAt + 1) else { return nil }
            return (value, tenAt + 1 - index + used)
        }
        return nil
    }

    // MARK: - Lexicon

    static let currencySigns: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₪": "ILS"]
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR", "sterling": "GBP",
        "hryvnias": "UAH", "hryvnia": "UAH", "hryvnia's": "UAH", "uah": "UAH", "rubles": "RUB", "roubles": "RUB",
        "rub": "RUB", "shekels": "ILS", "yen": "JPY", "yuan": "CNY",
    ]
    static let vulgarFractions: [String: Double] = ["½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125]
    static let slashDenominators: Set<Double> = [2, 3, 4, 5, 6, 8, 10, 16, 20, 32, 40, 64, 100]
}
