import CICU

/// A yes-or-no check that bytes are well-formed UTF-8, 32 bytes at a time where the processor
/// has AVX2 (`vb_utf8_is_valid`), in shares on all cores for a large input.
enum UTF8Validation {
    /// True when `bytes` is well-formed UTF-8: no stray continuation bytes, no overlong forms,
    /// no surrogates, nothing above U+10FFFF, no sequence cut short.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        return vb_utf8_is_valid(p, Int64(bytes.count)) != 0
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
