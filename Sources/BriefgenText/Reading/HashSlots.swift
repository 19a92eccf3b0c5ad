/// A map from 64-bit hashes (already well mixed) to non-negative integers: open addressing with linear probing.
struct HashSlots {
    /// A key and its value side by side (one cache line holds both); value -1: the slot is empty.
    private struct Slot {
        var key: UInt64
        var value: Int
    }

    private var slots = [Slot](repeating: Slot(key: 0, value: -1), count: 1024)
    private var count = 0

    @inline(__always) private static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }

    subscript(key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = Self.home(key, mask)
            while slots[i].value >= 0 {
                if slots[i].key == key { return slots[i].value }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// Sets the value of `key` (`value` must not be negative).
    mutating func set(_ key: UInt64, _ value: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let isNew = slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            var i = Self.home(key, mask)
            while slots[i].value >= 0 {
                if slots[i].key == key {
                    slots[i].value = value
                    return false
                }
                i = (i + 1) & mask
            }
            slots[i] = Slot(key: key, value: value)
            return true
        }
        if isNew { count += 1 }
    }

    /// Doubles the slots, setting the kept keys again in slot order (read from the old slots in place: a filtered copy
    /// of them was an allocation and a copy per growth).
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: old.count * 2)
        count = 0
        for slot in old where slot.value >= 0 { set(slot.key, slot.value) }
    }
}
