/// A map from 64-bit hashes (already well mixed) to non-negative integers: open addressing with linear probing.
struct HashSlots {
    private var keys: [UInt64] = Array(repeating: 0, count: 1024)
    private var values: [Int] = Array(repeating: -1, count: 1024)
    private var count = 0

    subscript(key: UInt64) -> Int? {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[i] >= 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Sets the value of `key` (`value` must not be negative).
    mutating func set(_ key: UInt64, _ value: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[i] >= 0 {
            if keys[i] == key {
                values[i] = value
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.1 >= 0 }
        keys = Array(repeating: 0, count: keys.count * 2)
        values = Array(repeating: -1, count: values.count * 2)
        count = 0
        for (key, value) in old { set(key, value) }
    }
}
