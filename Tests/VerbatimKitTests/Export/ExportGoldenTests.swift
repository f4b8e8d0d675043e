import Foundation
import Testing
@testable import VerbatimKit

/// The Markdown and CSV exports of the reference record, compared byte for byte with the
/// reviewed files in `Golden/`. After a deliberate change of the parser or the writers, run
/// with `VERBATIM_UPDATE_GOLDEN=1` to write them again, and review the difference.
@Suite struct ExportGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func compare(_ produced: String, with name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let bytes = Data(produced.utf8)
        if ProcessInfo.processInfo.environment["VERBATIM_UPDATE_GOLDEN"] == "1" {
            try bytes.write(to: url)
        }
        let golden = try Data(contentsOf: url)
        if bytes != golden {
            let a = produced.split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("""
                \(name) differs from line \(line + 1):
                  produced: \(line < a.count ? String(a[line]) : "(end)")
                  golden:   \(line < b.count ? String(b[line]) : "(end)")
                """)
        }
    }

    @Test func markdownOfTheFixtureIsTheReviewedFile() throws {
        try compare(MarkdownExport.record(Fixture.record), with: "S_PV.8160_zh.md")
    }

    @Test func csvOfTheFixtureIsTheReviewedFile() throws {
        try compare(CSVExport.table(Fixture.record), with: "S_PV.8160_zh.csv")
    }
}
