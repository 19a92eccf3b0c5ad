extension ScalarText {
    /// The text between two scalar offsets (end exclusive), clamped; like `slice` but encodes UTF-8 directly,
    /// which is several times faster for the many short strings the reading layer makes.
    func substring(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(upper - lower)
        for scalar in scalars[lower..<upper] {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
