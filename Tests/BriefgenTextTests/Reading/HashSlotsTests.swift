import Testing
@testable import BriefgenText

/// The word-form table's hash map: every key set is found with its latest value, through growth and collisions.
struct HashSlotsTests {
    @Test func findsEveryKeyThroughGrowthAndCollisions() {
        var slots = HashSlots()
        // Keys that share their low bits (the same home slot) and keys spread out, 0 included, past several growths.
        let keys: [UInt64] = (0..<3000).map { UInt64($0) << 40 } + (0..<3000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (value, key) in keys.enumerated() { slots.set(key, value) }
        for (value, key) in keys.enumerated() where key != 0 { #expect(slots[key] == value) }
        #expect(slots[0] == 3000)  // 0 was set twice (first and 3001st key): the latest value wins
        #expect(slots[1] == nil && slots[0xFFFF_FFFF_FFFF_FFFF] == nil)
        slots.set(1 << 40, 7)
        #expect(slots[1 << 40] == 7)
    }
}
