import Foundation
import Testing
@testable import VerbatimKit

/// The four real Security Council records in `../shared/fixtures/real/pdf` (InDesign, US
/// Letter, two columns, cover page): each is read whole, one form feed per page, in column order.
@Suite(SharedFixtures.required, .enabled(if: GeneratedPDF.hasPdftotext || GeneratedPDF.underCI, "pdftotext is missing"))
struct RealPDFTests {
    static let files: [(name: String, pages: Int)] = [
        ("S_PV.8698_E.pdf", 18), ("S_PV.8700_E.pdf", 12), ("S_PV.8701_E.pdf", 2), ("S_PV.8702_E.pdf", 20),
    ]

    /// The text of each page (the part before each form feed).
    static func pages(_ extraction: PDFTextExtractor.Extraction) -> [String] {
        var pages = String(decoding: extraction.bytes, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if pages.last?.isEmpty == true { pages.removeLast() }
        return pages
    }

    @Test(arguments: files)
    func readsEveryPage(_ file: (name: String, pages: Int)) throws {
        let path = SharedFixtures.path("pdf/\(file.name)")
        let extraction = try PDFTextExtractor().extract(path: path)
        #expect(extraction.pages == file.pages)
        let pages = Self.pages(extraction)
        #expect(pages.count == file.pages)
        // The cover opens the first page; the closing line lies on the last.
        #expect(pages.first?.hasPrefix("United Nations S/PV.") == true)
        #expect(pages.last?.contains("The meeting rose at") == true)
        #expect(pages.dropLast().allSatisfy { !$0.contains("The meeting rose at") })
        // Every body page carries its footer, page over total.
        for (index, page) in pages.enumerated().dropFirst() {
            #expect(page.contains("\(index + 1)/\(file.pages)"), "page \(index + 1)")
        }
        let record = try RecordLoader.load(path: path)
        #expect(!record.blocks.isEmpty)
        #expect(record.warnings.allSatisfy { !$0.contains("PDF has errors") })
    }

    @Test func justifiedLinesStayWholeInColumnOrder() throws {
        let extraction = try PDFTextExtractor().extract(path: SharedFixtures.path("pdf/S_PV.8698_E.pdf"))
        let page2 = Self.pages(extraction)[1]
        // The default mode scatters this justified line as "will now", "begin", "its".
        #expect(page2.contains("\nThe Security Council will now begin its\nconsideration of the item on its agenda.\n"))
        // The left column ends before the right column starts.
        let left = try #require(page2.range(of: "this meeting."))
        let right = try #require(page2.range(of: "The Security Council will now begin its"))
        #expect(left.upperBound <= right.lowerBound)
    }
}

extension RealPDFTests {
    /// `pdftotext -raw` puts each page's footer (`2/18 20-00526`) before its body, right after
    /// the form feed: the footer numbers the page it opens.
    @Test(arguments: files)
    func footersNumberThePagesTheyOpen(_ file: (name: String, pages: Int)) throws {
        let extraction = try PDFTextExtractor().extract(path: SharedFixtures.path("pdf/\(file.name)"))
        let scan = extraction.bytes.withUnsafeBufferPointer { LineScanner($0) }
        #expect(scan.pageCount == file.pages)
        for index in 1..<file.pages {
            #expect(scan.footerPages[Int32(index)] == index + 1, "page index \(index)")
        }
    }
}
