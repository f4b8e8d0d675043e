import Foundation
import Testing
@testable import VerbatimKit

/// The compact forms the parser keeps while it reads (the line table, raw citations as byte
/// ranges) give back exactly what they stand for.
@Suite struct PeakMemoryTests {
    @Test func aSourceLineIsTwentyBytes() {
        #expect(MemoryLayout<SourceLine>.stride == 20)
    }

    @Test func aSourceLineKeepsItsFlagsApartAndClampsItsWidth() {
        for (space, cite) in [(false, false), (true, false), (false, true), (true, true)] {
            let line = SourceLine(
                start: 7, end: 900, number: 3, width: 120, page: 70_000, indent: 4, hasSpace: space, mayCite: cite)
            #expect(line.hasSpace == space && line.mayCite == cite)
            #expect(line.width == 120 && line.page == 70_000 && line.indent == 4 && line.range == 7..<900)
        }
        let wide = SourceLine(start: 0, end: 1, number: 1, width: 1 << 20, page: 0, indent: 0, hasSpace: true, mayCite: false)
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
