//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

extension String {
    /// HTML escape string: '<', '>', '&', '"' and "'" become entities.
    ///
    /// Patched (see VENDORED.md): escapes UTF-8 bytes, not `Character`s. Upstream looked each Character up in a
    /// dictionary, so a quote or angle bracket followed by a combining mark (one grapheme, `"\u{301}`) was not
    /// escaped, and a value could end an attribute; it was also the slowest part of rendering the layout.
    func htmlEscape() -> String {
        var source = self
        return source.withUTF8 { bytes in
            var count = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: ">"): count += 4
                case UInt8(ascii: "&"), UInt8(ascii: "'"): count += 5
                case UInt8(ascii: "\""): count += 6
                default: count += 1
                }
            }
            if count == bytes.count { return self }
            return String(unsafeUninitializedCapacity: count) { out in
                var i = 0
                func put(_ text: StaticString) {
                    text.withUTF8Buffer { for b in $0 { out[i] = b; i += 1 } }
                }
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "<"): put("&lt;")
                    case UInt8(ascii: ">"): put("&gt;")
                    case UInt8(ascii: "&"): put("&amp;")
                    case UInt8(ascii: "\""): put("&quot;")
                    case UInt8(ascii: "'"): put("&#39;")
                    default:
                        out[i] = byte
                        i += 1
                    }
                }
                return i
            }
        }
    }
}
