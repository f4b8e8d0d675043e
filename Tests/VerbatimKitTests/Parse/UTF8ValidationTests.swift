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
}
