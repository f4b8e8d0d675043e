import Testing
@testable import VerbatimKit

/// The plain parts of PDF reading: the header check, page ranges for parallel reading, and the
/// reading of poppler's reports.
@Suite struct PDFPartsTests {
    @Test func signatureIsTheHeaderNotAMention() {
        #expect(PDFSignature.matches(Array("%PDF-1.4\n".utf8)))
        #expect(!PDFSignature.matches(Array("%PDF".utf8)))
        #expect(!PDFSignature.matches(Array(" %PDF-1.4".utf8)))
        #expect(!PDFSignature.matches(Array("上午10时 %PDF-1.4".utf8)))
    }

    @Test func pageRangesCoverEveryPageOnce() {
        #expect(PDFTextExtractor.pageRanges(pages: 312, parts: 2) == [1...156, 157...312])
        #expect(PDFTextExtractor.pageRanges(pages: 41, parts: 2) == [1...20, 21...41])
        #expect(PDFTextExtractor.pageRanges(pages: 7, parts: 3) == [1...2, 3...4, 5...7])
        #expect(PDFTextExtractor.pageRanges(pages: 24, parts: 1) == [nil])
        #expect(PDFTextExtractor.pageRanges(pages: 1, parts: 2) == [nil])
    }

    @Test func pageCountFromPdfinfo() {
        let info = "Title:           S/PV.8698\nPages:           18\nEncrypted:       no\n"
        #expect(PopplerDiagnosis.pageCount(inInfo: Array(info.utf8)) == 18)
        #expect(PopplerDiagnosis.pageCount(inInfo: Array("Title: x\n".utf8)) == nil)
    }

    @Test func failuresNameTheProblem() {
        func failure(_ ending: ChildProcess.Ending, _ errors: String) -> String? {
            PopplerDiagnosis.failure(tool: "pdftotext", ending: ending, errors: Array(errors.utf8), timeout: 60)
        }
        #expect(failure(.exited(0), "") == nil)
        #expect(failure(.exited(1), "Command Line Error: Incorrect password\n")?.hasPrefix("encrypted PDF") == true)
        #expect(failure(.exited(3), "Permission Error: Copying of text from this document is not allowed.\n")?
            .hasPrefix("encrypted PDF: its permissions forbid") == true)
        #expect(failure(.exited(1), "Syntax Error: Couldn't read xref table\n")
            == "damaged PDF (pdftotext: Syntax Error: Couldn't read xref table)")
        #expect(failure(.timedOut, "")?.contains("did not finish within 60 s") == true)
        #expect(failure(.exited(99), "Internal Error\n") == "pdftotext failed (exit status 99: Internal Error)")
        #expect(failure(.signaled(11), "") == "pdftotext failed (ended by signal 11)")
    }

    @Test func textWithoutVisibleCharactersHasNoTextLayer() {
        var blank: [UInt8] = [0x0C, 0x0C, 0x0A, 0x20, 0x0C]
        #expect(throws: LoadError.self) { try PDFTextExtractor.check(&blank, path: "x.pdf", pages: 3) }
        var stray: [UInt8] = Array("a\u{01}b\u{0C}".utf8)
        #expect(throws: Never.self) { try PDFTextExtractor.check(&stray, path: "x.pdf", pages: 1) }
        #expect(stray == Array("a b\u{0C}".utf8))
    }
}
