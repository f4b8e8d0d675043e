import Foundation
import Testing
@testable import VerbatimKit

/// PDFs written by hand (no generator needed): text that is not a record, and the page count.
@Suite(.enabled(if: GeneratedPDF.hasPdftotext || GeneratedPDF.underCI, "pdftotext (poppler-utils) is missing"))
struct PDFTextInputTests {
    static let memo = HandMadePDF.bytes(pages: [
        ["Quarterly memo", "Sales rose in the third quarter (see table 2)."],
        ["The figures are provisional."],
        ["End of memo."],
    ])

    @Test func textThatIsNotARecordIsOneUnattributedBlock() throws {
        let path = Fixture.temporaryFile(Self.memo, name: "memo.pdf")
        let record = try RecordLoader.load(path: path)
        #expect(record.statements.isEmpty)
        #expect(record.unattributed.count == 1)
        let text = record.unattributed.first?.text ?? ""
        #expect(text.contains("Sales rose in the third quarter (see table 2)."))
        #expect(text.contains("End of memo."))
        #expect(record.warnings.contains { $0.contains("no speaker labels") })
    }

    @Test func onePageOfTextPerPDFPage() throws {
        let path = Fixture.temporaryFile(Self.memo, name: "memo.pdf")
        let extraction = try PDFTextExtractor().extract(path: path)
        #expect(extraction.pages == 3)
        let pages = String(decoding: extraction.bytes, as: UTF8.self).split(separator: "\u{0C}").map(String.init)
        #expect(pages == ["Quarterly memo\nSales rose in the third quarter (see table 2).\n", "The figures are provisional.\n", "End of memo.\n"])
    }

    @Test func pagesWithoutTextAreCountedInAWarning() throws {
        let partly = HandMadePDF.bytes(pages: [["Page one."], [], ["Page three."], []])
        let extraction = try PDFTextExtractor().extract(path: Fixture.temporaryFile(partly, name: "partly.pdf"))
        #expect(extraction.pages == 4)
        #expect(extraction.bytes.filter { $0 == 0x0C }.count == 4)
        #expect(extraction.warnings == ["2 of 4 pages of the PDF have no text (scanned pages?): nothing of them is shown"])
        let whole = try PDFTextExtractor().extract(path: Fixture.temporaryFile(Self.memo, name: "memo.pdf"))
        #expect(whole.warnings.isEmpty)
    }

    @Test func blankPagesKeepThePageIndexesOfThePagesAfterThem() throws {
        let pdf = HandMadePDF.bytes(pages: [[], ["Page two."], [], [], ["Page five."]])
        let extraction = try PDFTextExtractor().extract(path: Fixture.temporaryFile(pdf, name: "gaps.pdf"))
        let scan = extraction.bytes.withUnsafeBufferPointer { LineScanner($0) }
        #expect(scan.pageCount == 5)
        #expect(scan.lines.indices.map { scan.pages.page($0) } == [1, 4])
    }

    @Test func anEncodingGivenForAPDFIsNotedAndIgnored() throws {
        let path = Fixture.temporaryFile(Self.memo, name: "memo.pdf")
        let record = try RecordLoader.load(path: path, encoding: .gb18030)
        #expect(record.unattributed.first?.text.contains("End of memo.") == true)
        #expect(record.warnings.contains { $0.contains("--encoding gb18030 does not apply") })
    }

    @Test func commandsShowItWithAWarningAndExitZero() throws {
        let binary = try #require(PDFCommand.binary, "the verbatim executable is not built")
        let path = Fixture.temporaryFile(Self.memo, name: "memo.pdf")
        let result = try GeneratedPDF.run(binary, ["dump", path])
        #expect(result.status == 0)
        #expect(result.err.contains("no speaker labels"))
        #expect(result.out.contains("Sales rose in the third quarter"))
    }
}
