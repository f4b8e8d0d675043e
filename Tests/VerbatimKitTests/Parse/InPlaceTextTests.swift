import Foundation
import Testing
@testable import VerbatimKit

/// The paragraphs' text written over the input the loader read (`InputBuffer`) gives the record
/// a copy gives, in one pass and in parts, and a file whose parts cannot be joined is read again.
@Suite struct InPlaceTextTests {
    private func repeated(_ text: String, _ times: Int) -> [UInt8] {
        Array(String(repeating: text, count: times).utf8)
    }

    @Test func textWrittenOverTheInputEqualsACopyInOnePassAndInParts() throws {
        let bytes = repeated(Fixture.text, 12)
        let copied = bytes.withUnsafeBufferPointer { RecordLoader.parse(bytes: $0, warnings: [], parts: 1) }
        for parts in [1, 2, 3] {
            let input = InputBuffer(Array(bytes))
            var read = try #require(RecordLoader.readRecord(writingOver: input, warnings: [], parts: parts))
            let record = read.finished()
            #expect(record == copied, "\(parts) parts")
            #expect(record.statements.count == 12 * Fixture.record.statements.count)
            #expect(record.references.map(\.mentions) == Fixture.record.references.map { $0.mentions * 12 })
            // The text was written where the lines were: the input no longer holds the file.
            #expect(!input.bytes.elementsEqual(bytes), "\(parts) parts")
        }
    }

    @Test func aPartAfterTheFirstLeavesItsFirstLinesAsTheyAre() throws {
        let bytes = repeated(Fixture.text, 12)
        let input = InputBuffer(Array(bytes))
        let parser = RecordParser(writingOver: input, warnings: [])
        let ranges = PartedParse.cuts(parser, parts: 2)
        #expect(ranges.count == 2)
        _ = try #require(PartedParse.read(parser, ranges: ranges))
        // The part before may look past its end while the second part is read: the second
        // part's first 64 KiB are untouched.
        let start = Int(parser.table.lines[ranges[1].lowerBound].start)
        let kept = start..<min(bytes.count, start + (64 << 10))
        #expect(input.bytes[kept].elementsEqual(bytes[kept]))
    }

    @Test func partsThatCannotBeJoinedAreReportedAndTheFileIsReadAgain() throws {
        // More than half of the text comes before any meeting opens: the first part holds no
        // opening, so the parts cannot be joined into what one pass gives.
        let loose = String(repeating: "这是一段没有发言人的文字，用来检验读取的过程是否正确。\n", count: 40_000)
        let text = loose + String(repeating: Fixture.text, count: 16)
        let bytes = Array(text.utf8)
        #expect(bytes.count >= PartedParse.minimumBytes)
        #expect(RecordLoader.readRecord(writingOver: InputBuffer(Array(bytes)), warnings: [], parts: 2) == nil)
        let path = Fixture.temporaryFile(bytes, name: "loose.txt")
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let loaded = try RecordLoader.load(path: path)
        let expected = RecordLoader.parse(text)
        #expect(loaded == expected)
        #expect(loaded.statements.count == 16 * Fixture.record.statements.count)
    }
}
