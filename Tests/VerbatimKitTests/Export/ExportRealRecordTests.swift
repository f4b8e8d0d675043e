import Foundation
import Testing
@testable import VerbatimKit

/// The exports of the real records in every language keep their shape: one CSV row of nine
/// fields per statement (read back with an RFC 4180 reader), one Markdown heading and one HTML
/// section per statement, the record's text all there, and the page's direction.
@Suite(SharedFixtures.required) struct ExportRealRecordTests {
    /// Fields of RFC 4180 text, row by row (quoted fields may hold commas, quotes and breaks).
    static func readCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let c = pending {
            pending = iterator.next()
            if quoted {
                if c == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r", pending == "\n" {
                pending = iterator.next()
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// The five real records and the reference record.
    static let records = ["S_PV.10124_ar.txt", "S_PV.10124_en.txt", "S_PV.10124_es.txt", "S_PV.10124_fr.txt", "S_PV.10124_ru.txt"]
        .map(SharedFixtures.path) + [Fixture.path]

    @Test(arguments: records)
    func exportsKeepTheirShape(_ name: String) throws {
        let record = try RecordLoader.load(path: name)
        let count = record.statements.count

        let rows = Self.readCSV(CSVExport.table(record))
        #expect(rows.count == count + 1)
        #expect(rows.allSatisfy { $0.count == CSVExport.columns.count })
        #expect(rows.dropFirst().map { $0[0] } == record.statements.map { String($0.index) })

        let markdown = MarkdownExport.record(record)
        #expect(markdown.components(separatedBy: "\n## Statement ").count - 1 == count)
        #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })

        let page = HTMLExport.page(record)
        #expect(page.components(separatedBy: "<section class=\"statement\" id=\"st-").count - 1 == count)
        let rtl = ["ar", "he", "fa", "ur"].contains(record.meeting.language)
        #expect(page.contains("<html lang=\"\(record.meeting.language)\" dir=\"\(rtl ? "rtl" : "ltr")\">"))
        // Every paragraph's words reach the page (checked on a stretch without markup characters).
        for statement in record.statements {
            for paragraph in statement.paragraphs {
                // The text before the first citation (which becomes a link), up to 20 characters
                // and the first character that is escaped or a control.
                let before = paragraph.references.map(\.start).min() ?? Int.max
                var plain = String.UnicodeScalarView()
                for (k, scalar) in paragraph.text.unicodeScalars.enumerated() {
                    guard k < min(before, 20), scalar.value >= 0x20, !"&<>\"'".unicodeScalars.contains(scalar) else { break }
                    plain.append(scalar)
                }
                if plain.count >= 5 { #expect(page.contains(String(plain)), "\(name) statement \(statement.index)") }
            }
        }
    }
}
