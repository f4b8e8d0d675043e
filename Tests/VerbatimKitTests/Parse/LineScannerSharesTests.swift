import Foundation
import Testing
@testable import VerbatimKit

/// The line table of a large text, scanned in shares side by side, is the one pass's.
@Suite struct LineScannerSharesTests {
    /// Checks that `bytes` scanned in `shares` shares gives what one pass gives; returns how many
    /// shares were scanned again.
    @discardableResult
    private func expectSharesEqualOnePass(_ bytes: [UInt8], shares: Int, _ what: String) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let one = LineScanner(buffer, shares: 1)
            let parted = LineScanner(buffer, shares: shares)
            #expect(parted.lines.count == one.lines.count, "\(what), \(shares) shares")
            if let k = parted.lines.indices.first(where: { $0 < one.lines.count && parted.lines[$0] != one.lines[$0] }) {
                Issue.record("\(what), \(shares) shares: line \(k) differs: \(parted.lines[k]) against \(one.lines[k])")
            }
            #expect(parted.pages == one.pages, "\(what), \(shares) shares")
            #expect(parted.widthHistogram == one.widthHistogram, "\(what), \(shares) shares")
            #expect(parted.footerPages == one.footerPages, "\(what), \(shares) shares")
            #expect(parted.footerOffsets == one.footerOffsets, "\(what), \(shares) shares")
            #expect(parted.pageCount == one.pageCount, "\(what), \(shares) shares")
            #expect(parted.artifactCount == one.artifactCount, "\(what), \(shares) shares")
            #expect(parted.indentedLines == one.indentedLines, "\(what), \(shares) shares")
            #expect(parted.firstHeader == one.firstHeader, "\(what), \(shares) shares")
            #expect(parted.hasFormFeeds == one.hasFormFeeds)
            return parted.sharesScannedAgain
        }
    }

    private func file(_ name: String) throws -> [UInt8] {
        Array(try String(contentsOfFile: SharedFixtures.path(name), encoding: .utf8).utf8)
    }

    @Test func fixtureTwentyTimesInSharesEqualsOnePass() {
        let bytes = Array(String(repeating: Fixture.text, count: 20).utf8)
        for shares in [2, 3, 7] {
            let again = expectSharesEqualOnePass(bytes, shares: shares, "fixture ×20")
            #expect(again == 0, "pages marked by spaces: each share's guess holds")
        }
        // Line numbers and pages go on from share to share.
        let once = Array(Fixture.text.utf8)
        let single = once.withUnsafeBufferPointer { LineScanner($0, shares: 1) }
        bytes.withUnsafeBufferPointer { buffer in
            let scan = LineScanner(buffer, shares: 3)
            #expect(scan.pageCount == 20 * single.pageCount)
            #expect(scan.lines.count == 20 * single.lines.count)
            let lastNumber = single.lines.last.map { $0.number + 19 * UInt32(once.count(where: { $0 == 0x0A })) }
            #expect(scan.lines.last?.number == lastNumber)
        }
    }

    /// pdf.js text: pages start at their headers and footers (no form feeds, no page-break
    /// spaces), the footers number the pages, covers open each meeting.
    @Test(SharedFixtures.required) func realRecordsInSharesEqualOnePass() throws {
        var bytes: [UInt8] = []
        for language in ["en", "fr", "es", "ru", "ar"] { bytes += try file("S_PV.10124_\(language).txt") }
        bytes.withUnsafeBufferPointer { buffer in
            let scan = LineScanner(buffer, shares: 1)
            #expect(scan.footerPages.count > 100 && !scan.hasFormFeeds)
        }
        for shares in [2, 3, 7] { expectSharesEqualOnePass(bytes, shares: shares, "S/PV.10124 ×5 languages") }
        // Cuts after every few lines: some fall right after a footer, where the guess fails.
        var again = 0
        for shares in [61, 240] { again += expectSharesEqualOnePass(bytes, shares: shares, "S/PV.10124 ×5 languages") }
        #expect(again > 0, "some guesses fail, and their shares are scanned again")
    }

    /// `pdftotext -raw` text of the real PDFs: one form feed per page, each page's footer first.
    @Test(SharedFixtures.required, .enabled(if: GeneratedPDF.hasPdftotext, "pdftotext is missing"))
    func realPDFsInSharesEqualOnePass() throws {
        var bytes: [UInt8] = []
        for name in ["S_PV.8698_E.pdf", "S_PV.8700_E.pdf", "S_PV.8701_E.pdf", "S_PV.8702_E.pdf"] {
            bytes += try PDFTextExtractor().extract(path: SharedFixtures.path("pdf/\(name)")).bytes
        }
        bytes.withUnsafeBufferPointer { buffer in
            let scan = LineScanner(buffer, shares: 1)
            #expect(scan.hasFormFeeds && scan.pageCount >= 52 && scan.footerPages.count >= 40)
        }
        for shares in [2, 3, 7, 50] { expectSharesEqualOnePass(bytes, shares: shares, "four PDFs") }
    }

    /// `pdftotext` without `-raw`: headers split over lines, their title before or after the
    /// symbol or date, blank pages, a footer's number on its own line. Every cut, line by line.
    @Test func splitHeadersAtEveryCutEqualOnePass() {
        let page = [
            "\u{0C}S/PV.8699 (Resumption 1)", "", "Maintenance of international peace and security", "",
            "Text of the page.", "More text of the page.", "", "20-00601", "",
            "\u{0C}Maintenance of international peace and security", "08/01/2020", "", "Text of the next page.",
            "Its second line.", "20-00601\u{08}3/3", "\u{0C}", "\u{0C}08/01/2020", "Short title", "Text.",
        ].joined(separator: "\n") + "\n"
        let cover = "United Nations S/PV.8699\nSecurity Council\n20-00601 (E)\n"
        let bytes = Array((cover + String(repeating: page, count: 6)).utf8)
        var again = 0
        for shares in 2...bytes.count(where: { $0 == 0x0A }) {
            again += expectSharesEqualOnePass(bytes, shares: shares, "split headers")
        }
        #expect(again > 0)
    }

    /// Texts of random lines of every form the scan treats apart (form feeds, page-break
    /// spaces, headers whole and split, footers, job numbers, covers, indents, blank lines,
    /// carriage returns), with and without form feeds, in 2 to 12 shares.
    @Test func randomPagesInSharesEqualOnePass() {
        let forms = [
            "Text of the page, long enough to be a line of running text.", "Short line.",
            " Text after a page-break space.", "S/PV.8699 (Resumption 1)", "08/01/2020", "20-00601",
            "20-00601 3/3", "2/3", "S/PV.9001 Some item 05/05/2025", "Maintenance of international peace and security",
            "", "", "\u{3000}\u{3000}Indented line of text.", "A line ending with a carriage return.\r",
            "United Nations S/PV.9001", "Security Council", "  Two spaces before this line.",
            "1/3",
        ]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        var again = 0
        for round in 0..<80 {
            var lines: [String] = []
            for _ in 0..<240 {
                var line = forms[next(forms.count)]
                if round % 2 == 0, next(9) == 0 { line = (next(4) == 0 ? "\u{0C}\u{0C}" : "\u{0C}") + line }
                if round % 2 == 0, next(30) == 0 { line += "\u{0C}text after a form feed" }
                lines.append(line)
            }
            let bytes = Array(lines.joined(separator: "\n").utf8)
            for shares in 2...12 { again += expectSharesEqualOnePass(bytes, shares: shares, "random text \(round)") }
        }
        #expect(again > 0, "some guesses fail")
    }

    /// Lines shorter than the table's reserve (one line per 48 bytes) fill a share's region and
    /// go on in an array of their own: each line is still there once, in order.
    @Test func shortLinesOverflowTheirRegions() {
        let short = String(repeating: "Short line.\n", count: 3_000)
        let long = String(repeating: "A line long enough to leave room in the table's region for others.\n", count: 600)
        for text in [short, long + short, short + long, long + short + long] {
            let bytes = Array(text.utf8)
            var expected: [(start: Int, end: Int, number: Int)] = []
            var start = 0
            for (k, line) in text.split(separator: "\n").enumerated() {
                expected.append((start, start + line.utf8.count, k + 1))
                start += line.utf8.count + 1
            }
            for shares in [1, 2, 3, 7] {
                let scan = bytes.withUnsafeBufferPointer { LineScanner($0, shares: shares) }
                #expect(scan.lines.count == expected.count, "\(shares) shares")
                #expect(zip(scan.lines, expected).allSatisfy {
                    $0.range == $1.start..<$1.end && Int($0.number) == $1.number
                }, "\(shares) shares")
            }
            for shares in [2, 3, 7] { expectSharesEqualOnePass(bytes, shares: shares, "short lines") }
        }
    }

    @Test func sharesStartAfterLineEndsBeforeFormFeeds() {
        let bytes = Array("one\ntwo\n\u{0C}three\nfour\nfive\n\u{0C}six\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let ranges = LineScanner.shareRanges(buffer, parts: 3, hasFormFeeds: true)
            #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == bytes.count)
            for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
            for range in ranges.dropFirst() { #expect(bytes[range.lowerBound - 1] == 0x0A) }
            #expect(ranges.dropFirst().contains { bytes[$0.lowerBound] == 0x0C })
        }
    }
}
