import Testing
@testable import BriefgenSite

/// RFC 4180 fields, with formula guarding, exactly.
struct CSVTextTests {
    @Test(arguments: [
        ("2641", "2641"), ("-3.5", "-3.5"), ("-x", "'-x"), ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("@cmd", "'@cmd"),
        ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""), ("cr\r", "\"cr\r\""),
        ("crlf\r\nx", "\"crlf\r\nx\""), ("Київ, “quotes”", "\"Київ, “quotes”\""), ("", ""), ("=a,\"b\"", "\"'=a,\"\"b\"\"\""),
    ])
    func fieldsAreQuotedAndGuarded(_ value: String, _ expected: String) {
        #expect(CSVText.field(value) == expected)
    }

    @Test func rowsEndWithCRLF() {
        #expect(CSVText.encode([["a", "b,c"], ["1", "2"]]) == "a,\"b,c\"\r\n1,2\r\n")
        #expect(CSVText.bytes([["=x", "say \"hi\"", "", "Київ"], ["-2", "-y"]]) == Array("'=x,\"say \"\"hi\"\"\",,Київ\r\n-2,'-y\r\n".utf8))
        #expect(CSVText.bytes([]) == [0x0D, 0x0A])
        #expect(CSVText.bytes([[]]) == [0x0D, 0x0A])
    }
}
