import Foundation
import Testing
@testable import VerbatimKit

/// The compact forms the parser keeps while it reads (the line table, raw citations as byte
/// ranges) give back exactly what they stand for.
@Suite struct PeakMemoryTests {
    @Test func aSourceLineIsSixteenBytes() {
        #expect(MemoryLayout<SourceLine>.stride == 16)
    }

    /// Pages are kept as where each starts: a page without lines starts where the next does.
    @Test func linePagesGiveEachLineItsPage() {
        let pages = LinePages(starts: [0, 2, 2, 5, 7])
        #expect((0..<7).map { pages.page($0) } == [0, 0, 2, 2, 2, 3, 3])
        #expect(pages.lines(of: 1, lineCount: 7).isEmpty && pages.lines(of: 4, lineCount: 7).isEmpty)
        #expect(pages.lines(of: 2, lineCount: 7) == 2..<5 && pages.lines(of: 3, lineCount: 7) == 5..<7)
        #expect(LinePages().page(40) == 0)
    }

    /// The page table of a text with a blank page, running headers dropped (the lines move
    /// down, the page starts with them) and footers, read line by line.
    @Test func linePagesFollowTheLinesDropped() {
        var text = "Cover line\n"
        for p in 1...6 {
            text += "\u{0C}Maintenance of peace\nText of page \(p + 1).\nLine two of page \(p + 1).\n"
            if p == 3 { text += "\u{0C}" }
        }
        let bytes = Array(text.utf8)
        let scan = bytes.withUnsafeBufferPointer { LineScanner($0, shares: 1) }
        #expect(scan.pageCount == 8 && scan.artifactCount == 6 && scan.lines.count == 13)
        let texts = bytes.withUnsafeBufferPointer { buffer in
            scan.lines.map { String(decoding: buffer[$0.range], as: UTF8.self) }
        }
        #expect(texts == ["Cover line"] + (2...7).flatMap { ["Text of page \($0).", "Line two of page \($0)."] })
        let pageOf = Dictionary(uniqueKeysWithValues: scan.lines.indices.map { (texts[$0], scan.pages.page($0)) })
        #expect(pageOf["Cover line"] == 0 && pageOf["Text of page 2."] == 1 && pageOf["Text of page 4."] == 3)
        #expect(pageOf["Text of page 5."] == 5 && pageOf["Text of page 7."] == 7)
        #expect(scan.pages.lines(of: 4, lineCount: scan.lines.count).isEmpty, "the blank page")
    }

    @Test func aSourceLineKeepsItsFlagsApartAndClampsItsWidth() {
        for (space, cite) in [(false, false), (true, false), (false, true), (true, true)] {
            let line = SourceLine(
                start: 7, end: 900, number: 3, width: 120, indent: 4, hasSpace: space, mayCite: cite)
            #expect(line.hasSpace == space && line.mayCite == cite)
            #expect(line.width == 120 && line.number == 3 && line.indent == 4 && line.range == 7..<900)
        }
        let wide = SourceLine(start: 0, end: 1, number: 1, width: 1 << 20, indent: 0, hasSpace: true, mayCite: false)
        #expect(wide.width == UInt16.max)
    }

    /// Each citation's text, made when it is resolved from the range it was found at, is the
    /// text of its paragraph or agenda item between its scalar offsets.
    private func expectTextsMatchOffsets(_ record: Record) {
        func check(_ citations: [Citation], in text: String) {
            let scalars = Array(text.unicodeScalars)
            for c in citations {
                #expect(c.end <= scalars.count && String(String.UnicodeScalarView(scalars[c.start..<c.end])) == c.text)
            }
        }
        for statement in record.statements {
            for paragraph in statement.paragraphs { check(paragraph.references, in: paragraph.text) }
        }
        for item in record.agenda { check(item.references, in: item.title) }
    }

    @Test func citationTextsAreTheirParagraphsBetweenTheirOffsets() throws {
        let record = Fixture.record
        #expect(record.statements.contains { $0.paragraphs.contains { !$0.references.isEmpty } })
        #expect(record.agenda.contains { !$0.references.isEmpty })
        expectTextsMatchOffsets(record)
        // A large file read in parts, written over its input.
        let path = Fixture.temporaryFile(Array(String(repeating: Fixture.text, count: 45).utf8))
        let parted = try RecordLoader.load(path: path)
        #expect(parted.statements.count == 45 * record.statements.count)
        expectTextsMatchOffsets(parted)
    }

    @Test(SharedFixtures.required) func citationTextsInRealRecords() throws {
        for language in ["en", "fr", "ru", "ar", "es"] {
            expectTextsMatchOffsets(try RecordLoader.load(path: SharedFixtures.path("S_PV.10124_\(language).txt")))
        }
    }
}
