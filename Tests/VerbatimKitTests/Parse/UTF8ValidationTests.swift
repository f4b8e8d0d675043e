import CICU
import Testing
@testable import VerbatimKit

/// The one check that the input is UTF-8, on one core and on all of them.
@Suite struct UTF8ValidationTests {
    /// About 4.5 MB of mixed text (Chinese, Arabic, ASCII, a four-byte scalar): large enough to
    /// be checked in shares.
    private static let text: [UInt8] = {
        let piece = Array("安全理事会第8160次会议 S/PV.8160 مجلس الأمن 𠀀 résolution 2231 (2015)\n".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(PartedParse.minimumBytes + 600_000)
        while text.count < PartedParse.minimumBytes + 500_000 { text += piece }
        return text
    }()

    private func check(_ bytes: [UInt8]) -> (one: Bool, all: Bool) {
        bytes.withUnsafeBufferPointer { (UTF8Validation.isValid($0), UTF8Validation.isValidOnAllCores($0)) }
    }

    @Test func aLargeValidTextIsValidOnAllCores() {
        #expect(check(Self.text) == (true, true))
    }

    @Test func aBadByteAnywhereIsFoundOnAllCoresAsOnOne() {
        // Around each place the text may be cut into shares, and at its ends.
        let count = Self.text.count
        var places = [0, 1, count - 1, count - 2]
        for cores in 2...4 {
            for j in 1..<cores { places += (count * j / cores - 4)...(count * j / cores + 4) }
        }
        for place in places {
            for bad: UInt8 in [0x80, 0xFF, 0xE4] {
                var damaged = Self.text
                damaged[place] = bad
                let result = check(damaged)
                #expect(result.one == result.all, "byte 0x\(String(bad, radix: 16)) at \(place)")
                if bad == 0xFF { #expect(!result.all, "0xFF at \(place)") }
            }
            // A sequence cut short there: its lead byte kept, the rest gone.
            var cut = Self.text
            cut.removeSubrange(place..<min(place + 1, cut.count))
            let result = check(cut)
            #expect(result.one == result.all, "one byte removed at \(place)")
        }
    }

    /// Valid when the standard library decodes the bytes to themselves (no replacement).
    private static func decodesToItself(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes)
    }

    private static func agree(_ bytes: [UInt8]) -> Bool {
        let expected = decodesToItself(bytes)
        return bytes.withUnsafeBufferPointer { p in
            let scalar = p.isEmpty || vb_utf8_first_invalid(p.baseAddress!, Int64(p.count)) < 0
            return UTF8Validation.isValid(p) == expected && scalar == expected
        }
    }

    @Test func everyPairAndTripleOfBytesIsJudgedAsTheOneByteCheckJudgesIt() {
        // Each pair of bytes, and each byte followed by two from the edges of the ranges (and
        // one more), placed across the 32-byte steps of the check and at the end, after ASCII
        // or CJK; against the check that reads a byte at a time (itself checked against the
        // standard library below).
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE4, 0xED, 0xF0, 0xF4, 0xFF]
        let prefixes: [[UInt8]] = [[], Array(repeating: 0x61, count: 30), Array(repeating: 0x61, count: 31), Array("安全理事会的会议记录 ".utf8)]
        var buffer = [UInt8](repeating: 0, count: 64)
        var wrong: [[UInt8]] = []
        buffer.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            func check(_ count: Int) {
                let valid = vb_utf8_is_valid(base, Int64(count)) != 0
                if valid != (vb_utf8_first_invalid(base, Int64(count)) < 0) { wrong.append(Array(buffer.prefix(count))) }
            }
            for prefix in prefixes {
                for (k, byte) in prefix.enumerated() { buffer[k] = byte }
                let at = prefix.count
                for a in 0...255 {
                    buffer[at] = UInt8(a)
                    check(at + 1)
                    for b in 0...255 {
                        buffer[at + 1] = UInt8(b)
                        check(at + 2)
                    }
                    for b in edges {
                        buffer[at + 1] = b
                        for c in edges {
                            buffer[at + 2] = c
                            check(at + 3)
                            for d: UInt8 in [0x80, 0x41] {
                                buffer[at + 3] = d
                                check(at + 4)
                            }
                        }
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test func randomTextsNearTheRangesEdgesAreJudgedAsTheStandardLibraryJudgesThem() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("é".utf8), Array("中".utf8), Array("𠀀".utf8), Array("\u{10FFFF}".utf8),
            Array("\u{D7FF}".utf8), Array("\u{E000}".utf8), Array("\u{FFFF}".utf8), Array("\u{800}".utf8),
            [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80],
            [0xF0, 0x8F, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xFF],
        ]
        var seed: UInt64 = 0x853C_49E6_748F_EA9B
        var valid = 0
        for _ in 0..<20_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var bytes: [UInt8] = []
            // Mostly valid pieces, now and then one of the broken ones.
            var state = seed
            for _ in 0..<Int(seed >> 58) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let k = Int(state >> 59)
                bytes += pieces[k < 28 ? k % 9 : 9 + Int(state >> 40) % (pieces.count - 9)]
            }
            #expect(Self.agree(bytes), "\(bytes)")
            if Self.decodesToItself(bytes) { valid += 1 }
        }
        #expect(valid > 2_000 && valid < 18_000)
    }
}
