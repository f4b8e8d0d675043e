import Testing
import VerbatimKit
@testable import VerbatimTUI

// The browser's entries keep a statement's paragraphs as ranges of the record's text.

@Test func everyStatementParagraphReadsTheRecordsTextAndCountsItsScalars() {
    let record = Fixture.record
    let entries = Entry.entries(of: record)
    var checked = 0
    for entry in entries {
        guard case .statement(let s) = entry.kind else { continue }
        let source = record.statements[s].paragraphs
        #expect(entry.paragraphs.count == source.count)
        for (paragraph, original) in zip(entry.paragraphs, source) {
            #expect(paragraph.text == original.text)
            #expect(paragraph.scalarCount == original.text.unicodeScalars.count)
            #expect(paragraph.page == original.page)
            #expect(paragraph.citations == original.references)
            checked += 1
        }
    }
    #expect(checked > 200)
}

@Test func aParagraphGivenItsTextCountsScalarsNotBytesOrCharacters() {
    // "é" as e + combining acute: two scalars, one character; the CJK characters take 3 bytes each.
    let paragraph = Entry.Paragraph(text: "e\u{301}安理会", page: 1, citations: [])
    #expect(paragraph.scalarCount == 5)
    let fromRecord = Entry.Paragraph(Paragraph(text: "e\u{301}安理会", language: "zh", page: 1, lines: LineSpan(first: 1, last: 1)))
    #expect(fromRecord.scalarCount == 5)
    #expect(fromRecord.text == "e\u{301}安理会")
}
