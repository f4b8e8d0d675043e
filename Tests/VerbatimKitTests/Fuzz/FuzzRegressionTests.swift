import Foundation
import Testing
@testable import VerbatimKit

/// Replays the inputs that made a fuzz target (Scripts/fuzz.sh) crash or break an invariant,
/// kept under FuzzRegressions/<target>/: each must now parse (or wrap) and keep the model's
/// invariants.
struct FuzzRegressionTests {
    /// The reproducers of `target`, by name.
    static func inputs(_ target: String) -> [(String, [UInt8])] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzRegressions/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().compactMap { name in
            FileManager.default.contents(atPath: dir.appendingPathComponent(name).path).map { (name, Array($0)) }
        }
    }

    /// How often each character (white space and colons aside) occurs in `text`.
    static func characterCounts(_ text: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in Fixture.squeezed(text).unicodeScalars where scalar != ":" && scalar != "：" { counts[scalar, default: 0] += 1 }
        return counts
    }

    @Test func parseReproducersParseAndKeepTheirText() throws {
        let inputs = Self.inputs("parse")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            let text = String(decoding: bytes, as: UTF8.self)
            let record = RecordLoader.parse(text)
            let lineCount = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            #expect(!record.blocks.isEmpty, "\(name)")
            // Nothing added: no character more often in the record than in the input.
            let input = Self.characterCounts(text)
            for (scalar, n) in Self.characterCounts(record.text) {
                #expect(n <= input[scalar, default: 0], "\(name): U+\(String(scalar.value, radix: 16)) \(n) times")
            }
            for statement in record.statements {
                #expect(statement.lines.first >= 1 && statement.lines.last <= lineCount, "\(name)")
            }
            for block in record.unattributed {
                #expect(block.lines.first >= 1 && block.lines.last <= lineCount, "\(name)")
            }
        }
    }

    /// A line of 89 digits and some text: the page-footer check (`N/M`) read the digits into an
    /// Int before counting them, and overflowed.
    @Test func aLongRunOfDigitsIsText() throws {
        let (_, bytes) = try #require(Self.inputs("parse").first { $0.0 == "page-of-total-overflow" })
        let text = String(decoding: bytes, as: UTF8.self)
        let record = RecordLoader.parse(text)
        #expect(Fixture.squeezed(record.text).contains(String(repeating: "7", count: 80)))
    }

    /// Page footers that say 2/28, 3/28, then 2/28 again (the fuzzer's input repeated a page's
    /// footer): the pages went 2, 3, 2, 3. A footer naming a page before the one it follows is
    /// not believed, so the pages go 2, 3, 4, 5.
    @Test func aFooterNamingAnEarlierPageDoesNotTakePagesBack() throws {
        let (_, bytes) = try #require(Self.inputs("parse").first { $0.0 == "footer-names-an-earlier-page" })
        let record = RecordLoader.parse(String(decoding: bytes, as: UTF8.self))
        #expect(record.statements.map(\.pages.first) == [2, 3, 4, 5])
        #expect(record.statements.map(\.speaker.label) == ["The President", "Ms. DiCarlo", "Mr. Brown", "Mr. Ahmad"])
        #expect(record.procedural.map(\.page) == [2, 5])
    }
}
