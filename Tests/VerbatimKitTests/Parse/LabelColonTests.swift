import Testing
@testable import VerbatimKit

/// The quick test a Chinese label is tried with (`SpeakerLabel.colonComesFirst`): a colon
/// before any comma, full stop, enumeration comma or semicolon, within a few lines.
@Suite struct LabelColonTests {
    @Test func theColonMustComeBeforeThePunctuationThatEndsAClause() {
        #expect(Self.colonFirst(["主席（以英语发言）：我谨"]))
        #expect(Self.colonFirst(["王毅先生（中国）", "：我"]))
        #expect(Self.colonFirst(["Mr. Smith (United Kingdom): I"]))
        #expect(!Self.colonFirst(["我们认为，安理会：应当"]))
        #expect(!Self.colonFirst(["决议。主席："]))
        #expect(!Self.colonFirst(["中国、法国：支持"]))
        #expect(!Self.colonFirst(["一", "二", "三", "四：五"]))
        #expect(Self.colonFirst(["一", "二", "三", "四：五"], count: 4))
    }

    @Test func passingIdeographsAtOnceReadsEveryLineAsByteByByte() {
        // Lines of ideographs, marks and broken sequences (an ideograph's lead byte before a
        // colon, a lone continuation byte), against a reading of each byte in turn.
        let pieces: [[UInt8]] = [
            Array("中".utf8), Array("国".utf8), Array("：".utf8), Array("，".utf8), Array("；".utf8),
            Array("。".utf8), Array("、".utf8), Array("《".utf8), Array("ａ".utf8), [0x3A], [0x2C], [0x3B], [0x41],
            [0xE4], [0xE4, 0xB8], [0xE9, 0x3A], [0xE5, 0x8F, 0x3A], [0xBC], [0xEF, 0xBC], [0xE3, 0x80],
        ]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        var colons = 0
        for _ in 0..<20_000 {
            var lines: [[UInt8]] = []
            for _ in 0..<4 {
                var line: [UInt8] = []
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                for k in 0..<Int(seed >> 61) * 2 {
                    line += pieces[Int((seed >> UInt64(3 * k + 4)) & 0x1F) % pieces.count]
                }
                lines.append(line)
            }
            let (bytes, table) = Self.table(lines)
            let expected = Self.byteByByte(bytes, table, count: 3)
            bytes.withUnsafeBufferPointer {
                #expect(SpeakerLabel.colonComesFirst($0, lines: table, at: 0, count: 3) == expected, "\(lines)")
            }
            if expected { colons += 1 }
        }
        #expect(colons > 1_000)
    }

    private static func colonFirst(_ lines: [String], count: Int = 3) -> Bool {
        let (bytes, table) = table(lines.map { Array($0.utf8) })
        return bytes.withUnsafeBufferPointer { SpeakerLabel.colonComesFirst($0, lines: table, at: 0, count: count) }
    }

    private static func table(_ lines: [[UInt8]]) -> ([UInt8], [SourceLine]) {
        var bytes: [UInt8] = []
        var table: [SourceLine] = []
        for (n, line) in lines.enumerated() {
            let start = UInt32(bytes.count)
            bytes += line
            table.append(SourceLine(start: start, end: UInt32(bytes.count), number: UInt32(n + 1), width: line.count,
                                    indent: 0, hasSpace: false, mayCite: false))
            bytes.append(0x0A)
        }
        return (bytes, table)
    }

    /// The same rule, one byte at a time.
    private static func byteByByte(_ bytes: [UInt8], _ lines: [SourceLine], count: Int) -> Bool {
        for line in lines.prefix(count) {
            let e = Int(line.end)
            for i in Int(line.start)..<e {
                let b = bytes[i]
                if b == 0x3A { return true }
                if b == 0x2C || b == 0x3B { return false }
                let next = i + 2 < e ? (bytes[i + 1], bytes[i + 2]) : nil
                if b == 0xEF, let (c1, c2) = next, c1 == 0xBC {
                    if c2 == 0x9A { return true }
                    if c2 == 0x8C || c2 == 0x9B { return false }
                } else if b == 0xE3, let (c1, c2) = next, c1 == 0x80, c2 == 0x82 || c2 == 0x81 {
                    return false
                }
            }
        }
        return false
    }
}
