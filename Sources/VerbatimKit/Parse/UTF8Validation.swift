/// A yes-or-no check that bytes are well-formed UTF-8, quick on the text records are made of:
/// runs of ASCII are read eight bytes at a time, and the three-byte sequences of CJK text are
/// checked in a tight loop of their own.
enum UTF8Validation {
    /// True when `bytes` is well-formed UTF-8: no stray continuation bytes, no overlong forms,
    /// no surrogates, nothing above U+10FFFF, no sequence cut short.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                i += 1
                while i + 8 <= n, UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                continue
            }
            if b &- 0xE1 <= 0x0E && b != 0xED {
                // U+1000–U+CFFF and U+E000–U+FFFF: any two continuation bytes.
                guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return false }
                i += 3
                // Then two such sequences at a time, from one eight-byte load.
                while i + 8 <= n {
                    let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                    guard w & 0x0000_C0C0_00C0_C000 == 0x0000_8080_0080_8000 else { break }
                    let first = UInt8(truncatingIfNeeded: w)
                    let second = UInt8(truncatingIfNeeded: w >> 24)
                    guard first &- 0xE1 <= 0x0E, first != 0xED, second &- 0xE1 <= 0x0E, second != 0xED else { break }
                    i += 6
                }
                continue
            }
            if b >= 0xC2 && b <= 0xDF {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
                continue
            }
            if b == 0xE0 || b == 0xED {
                // No overlong forms after E0, no surrogates after ED.
                guard i + 2 < n else { return false }
                let c = p[i + 1]
                let ok = b == 0xE0 ? (c >= 0xA0 && c <= 0xBF) : (c >= 0x80 && c <= 0x9F)
                guard ok, p[i + 2] & 0xC0 == 0x80 else { return false }
                i += 3
                continue
            }
            if b >= 0xF0 && b <= 0xF4 {
                // No overlong forms after F0, nothing above U+10FFFF after F4.
                guard i + 3 < n else { return false }
                let c = p[i + 1]
                let low: UInt8 = b == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard c >= low, c <= high, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return false }
                i += 4
                continue
            }
            return false
        }
        return true
    }

    /// `isValid`, on a large input in as many shares as there are cores, side by side: each
    /// share starts at a lead byte, so a sequence is never split, and a sequence cut short at
    /// a share's end is cut short in the whole too.
    static func isValidOnAllCores(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= PartedParse.minimumBytes, PartedParse.cores > 1 else { return isValid(bytes) }
        var cuts = [0]
        for j in 1..<PartedParse.cores {
            var cut = bytes.count * j / PartedParse.cores
            // Back to a lead byte (at most three steps: a longer run of continuation bytes is
            // invalid, and the share after it then says so).
            var steps = 0
            while cut > cuts[cuts.count - 1], steps < 3, bytes[cut] & 0xC0 == 0x80 {
                cut -= 1
                steps += 1
            }
            cuts.append(cut)
        }
        cuts.append(bytes.count)
        return SideBySide.map(cuts.count - 1) { j in
            isValid(UnsafeBufferPointer(rebasing: bytes[cuts[j]..<cuts[j + 1]]))
        }.allSatisfy { $0 }
    }
}
