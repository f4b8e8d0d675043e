import Foundation
import Testing
import VerbatimKit
@testable import VerbatimTUI

private func fixtureRecord() throws -> Record {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    return try RecordLoader.load(path: root.appendingPathComponent("Fixtures/S_PV.8160_zh.txt").path)
}

@Test func plainTextKeepsEveryLineWithinTheWidth() throws {
    let record = try fixtureRecord()
    for width in [20, 44, 80] {
        let text = PlainTextExport.text(of: record, width: width)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 100)
        let widest = lines.map { DisplayWidth.standard.of($0) }.max() ?? 0
        #expect(widest <= width, "width \(width): a line of \(widest) columns")
    }
}

@Test func plainTextShowsEveryStatementsSpeakerAndText() throws {
    let record = try fixtureRecord()
    let text = PlainTextExport.text(of: record, width: 80)
    // Wrapping may drop the space a line broke at: compare without whitespace.
    func squeezed(_ s: String) -> String { String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
    let flat = squeezed(text)
    #expect(!record.statements.isEmpty || !record.unattributed.isEmpty)
    for statement in record.statements {
        #expect(text.contains("[\(statement.index)] "))
        #expect(flat.contains(squeezed(statement.speaker.label)))
        for paragraph in statement.paragraphs {
            #expect(flat.contains(squeezed(paragraph.text)))
        }
    }
    for block in record.unattributed {
        for paragraph in PlainTextExport.paragraphs(of: block.text) {
            #expect(flat.contains(squeezed(PlainTextExport.visible(paragraph, displayWidth: .standard))))
        }
    }
}

@Test func unattributedTextKeepsItsParagraphsWithoutLineFeedStandIns() {
    // Text before any speaker's label: lines the parser keeps unattributed.
    let source = "Opening remarks without a label that run on.\nA second paragraph of them.\n\nA third, after a blank line."
    let record = RecordLoader.parse(source)
    #expect(!record.unattributed.isEmpty)
    let text = PlainTextExport.text(of: record, width: 200)
    #expect(!text.contains("^J") && !text.contains("\u{240A}"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for paragraph in PlainTextExport.paragraphs(of: record.unattributed.map(\.text).joined(separator: "\n")) {
        let at = try! #require(lines.firstIndex(of: paragraph), "\(paragraph) is not a line of its own")
        // Paragraphs are set apart by a blank line.
        #expect(at > 0 && lines[at - 1].isEmpty)
    }
}

@Test func plainTextLeavesTheWarningsToStandardError() {
    let record = RecordLoader.parse("Text.", warnings: ["something odd"])
    #expect(!PlainTextExport.text(of: record, width: 80).contains("something odd"))
}

@Test func plainTextNeverCarriesControlCharacters() {
    let hostile = "title\u{1B}]2;owned\u{07} \u{1B}[31mred\u{9B}2J \u{202E}evil\u{202C} end"
    let record = RecordLoader.parse(hostile)
    let text = PlainTextExport.text(of: record, width: 30)
    for scalar in text.unicodeScalars where scalar != "\n" {
        #expect(!CellGlyph.isUnsafe(scalar), "U+\(String(scalar.value, radix: 16)) reached the output")
    }
    #expect(text.contains("^["))
}
