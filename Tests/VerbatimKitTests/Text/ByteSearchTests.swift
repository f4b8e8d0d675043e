import CICU
import Testing

/// The C byte searches the parser's hot loops use, against plain Swift doing the same thing
/// one byte at a time, on random texts made to hold many near misses.
@Suite struct ByteSearchTests {
    /// Pieces whose bytes look like the needles: 第 (E7 AC AC) beside 的 (E7 9A 84) and 笫
    /// (E7 AC AB), 《 (E3 80 8A) beside 〈 (E3 80 88), digits, capitals and lowercase.
    private static let pieces = ["第", "的", "笫", "《", "〈", "。", "决议", "1", "9", "A", "Z", "a", "z", " ", "/", "ع", "é"]

    private func randomText(_ generator: inout SplitMix, length: Int) -> [UInt8] {
        var text: [UInt8] = []
        while text.count < length {
            text += Array(Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))].utf8)
        }
        return text
    }

    @Test func theNextChineseCitationStartIsTheFirstDigitCapitalDiOrBookTitleMark() {
        var generator = SplitMix(seed: 3)
        let di = Array("第".utf8), book = Array("《".utf8)
        for round in 0..<60 {
            let text = randomText(&generator, length: round * 7)
            // Every lead byte as a start (the scanner starts at one).
            for from in text.indices where text[from] & 0xC0 != 0x80 {
                var expected = from
                while expected < text.count {
                    let b = text[expected]
                    if (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) { break }
                    if text[expected...].starts(with: di) || text[expected...].starts(with: book) { break }
                    expected += 1
                }
                let scalars = text[from..<expected].filter { $0 & 0xC0 != 0x80 }.count
                var counted: Int64 = -1
                let found = text.withUnsafeBufferPointer {
                    vb_next_chinese_citation_start($0.baseAddress!, Int64($0.count), Int64(from), &counted)
                }
                #expect(Int(found) == expected, "from \(from) in \(text)")
                #expect(Int(counted) == scalars, "from \(from) in \(text)")
            }
        }
    }

    @Test func theFirstOfSeveralNeedlesIsTheEarliestAndThenTheFirstListed() {
        let needles = [Array("决议".utf8), Array("第".utf8), Array("的决".utf8), Array("A1".utf8), Array("z".utf8), [], Array("。第".utf8)]
        findsTheFirst(of: needles, seed: 4)
    }

    @Test func oneNeedleIsFoundWhereItFirstOccurs() {
        for (k, needle) in [Array("决议".utf8), Array("第".utf8), Array("的决".utf8), Array("。第".utf8), Array("总统".utf8)].enumerated() {
            findsTheFirst(of: [needle], seed: UInt64(10 + k))
        }
    }

    private func findsTheFirst(of needles: [[UInt8]], seed: UInt64) {
        var generator = SplitMix(seed: seed)
        for round in 0..<80 {
            let text = randomText(&generator, length: round * 5)
            var expected: (at: Int, which: Int)?
            search: for at in text.indices {
                for (k, needle) in needles.enumerated() where !needle.isEmpty && text[at...].starts(with: needle) {
                    expected = (at, k)
                    break search
                }
            }
            let lengths = needles.map { Int64($0.count) }
            let flat = needles.flatMap { $0 }
            var which: Int64 = -1
            let found = flat.withUnsafeBufferPointer { flat -> Int64 in
                var offset = 0
                let pointers: [UnsafePointer<UInt8>?] = needles.map { needle in
                    defer { offset += needle.count }
                    return flat.baseAddress! + offset
                }
                return text.withUnsafeBufferPointer {
                    vb_find_any($0.baseAddress, Int64($0.count), pointers, lengths, Int64(needles.count), &which)
                }
            }
            #expect(Int(found) == (expected?.at ?? -1), "in \(text)")
            if let expected { #expect(Int(which) == expected.which, "in \(text)") }
        }
    }
}
