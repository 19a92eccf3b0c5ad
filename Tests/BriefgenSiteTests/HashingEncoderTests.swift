import Testing
@testable import BriefgenSite

/// The view hash changes with every change a page could show, and only then.
struct HashingEncoderTests {
    struct Item: Encodable, Equatable {
        var name: String
        var note: String?
        var tags: [String]
        var value: Double
        var count: Int
        var flag: Bool
    }

    struct Page: Encodable {
        var items: [Item]
        var after: [String]
    }

    static func hash<T: Encodable>(_ value: T) throws -> String {
        var h = StableHasher()
        try HashingEncoder.combine(value, into: &h)
        return h.finalize()
    }

    static let base = Item(name: "killed", note: nil, tags: ["a", "b"], value: 2641, count: 3, flag: true)

    @Test func equalValuesHashEqual() throws {
        #expect(try Self.hash(Page(items: [Self.base], after: [])) == Self.hash(Page(items: [Self.base], after: [])))
    }

    @Test func everyFieldChangeChangesTheHash() throws {
        var variants: [Item] = []
        for change in 0..<8 {
            var v = Self.base
            switch change {
            case 0: v.name = "Killed"
            case 1: v.note = ""
            case 2: v.tags = ["ab"]
            case 3: v.tags = ["a", "b", ""]
            case 4: v.value = 2641.0000001
            case 5: v.count = 4
            case 6: v.flag = false
            default: v.tags = []
            }
            variants.append(v)
        }
        let hashes = try Set(([Self.base] + variants).map { try Self.hash($0) })
        #expect(hashes.count == variants.count + 1)
    }

    @Test func listBoundariesAreMarked() throws {
        // The same strings split differently between two lists must not hash alike.
        let one = Page(items: [Self.base, Self.base], after: [])
        var moved = Self.base
        moved.tags = ["a"]
        var next = Self.base
        next.tags = ["b", "a", "b"]
        let two = Page(items: [moved, next], after: [])
        #expect(try Self.hash(one) != Self.hash(two))
        #expect(try Self.hash(Page(items: [], after: ["x"])) != Self.hash(Page(items: [], after: [])))
        #expect(try Self.hash(["a", "b"]) != Self.hash(["ab"]))
        #expect(try Self.hash([[1], [2]]) != Self.hash([[1, 2]]))
        #expect(try Self.hash([String?.none]) != Self.hash([String]()))
    }
}
