import Foundation
import Testing
@testable import VerbatimKit

/// A large file read in parts on several cores gives exactly the record one pass gives.
@Suite struct PartedParseTests {
    /// The parts a text is cut into, and the record read in `parts` parts and in one pass.
    private func both(_ bytes: [UInt8], parts: Int) -> (ranges: [Range<Int>], parted: Record?, whole: Record) {
        bytes.withUnsafeBufferPointer { buffer in
            let parser = RecordParser(bytes: buffer, warnings: ["a warning of the loader"])
            var whole = parser
            var parted = PartedParse.read(parser, parts: parts)
            return (PartedParse.cuts(parser, parts: parts), parted?.finished(), whole.parse())
        }
    }

    private func repeated(_ text: String, _ times: Int) -> [UInt8] {
        Array(String(repeating: text, count: times).utf8)
    }

    @Test func fixtureTwentyTimesInPartsEqualsOnePass() throws {
        for parts in [2, 3, 7] {
            let (ranges, parted, whole) = both(repeated(Fixture.text, 20), parts: parts)
            #expect(ranges.count == parts, "each share holds a meeting's opening line")
            #expect(ranges.first?.lowerBound == 0)
            let record = try #require(parted, "the parted read was refused")
            #expect(record == whole)
            #expect(record.statements.count == 20 * Fixture.record.statements.count)
            #expect(record.statements.map(\.index) == Array(1...record.statements.count))
            #expect(record.warnings == whole.warnings)
            #expect(record.warnings.first == "a warning of the loader")
            #expect(record.references.map(\.mentions) == Fixture.record.references.map { $0.mentions * 20 })
        }
    }

    @Test func cutsFallOnOpeningLinesInOrder() {
        let bytes = repeated(Fixture.text, 6)
        bytes.withUnsafeBufferPointer { buffer in
            var parser = RecordParser(bytes: buffer, warnings: [])
            let ranges = PartedParse.cuts(parser, parts: 3)
            #expect(ranges.count == 3)
            for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
            for range in ranges.dropFirst() {
                let opens = parser.opensMeeting(range.lowerBound)
                #expect(opens)
            }
            #expect(ranges.last?.upperBound == parser.table.count)
        }
    }

    @Test func oneMeetingIsNotCut() {
        let (ranges, parted, _) = both(Array(Fixture.text.utf8), parts: 4)
        #expect(ranges.count == 1)
        #expect(parted == nil)
    }

    @Test(SharedFixtures.required) func mixedLanguagesInPartsEqualOnePass() throws {
        let names = ["S_PV.10124_en.txt", "S_PV.10124_fr.txt", "S_PV.10124_en.txt", "S_PV.10124_ru.txt",
                     "S_PV.10124_en.txt", "S_PV.10124_ar.txt", "S_PV.10124_en.txt", "S_PV.10124_es.txt"]
        var bytes: [UInt8] = []
        for name in names {
            bytes += try Array(String(contentsOfFile: SharedFixtures.path(name), encoding: .utf8).utf8)
            bytes.append(0x0A)
        }
        bytes += repeated(Fixture.text, 2)
        for parts in [2, 4] {
            let (ranges, parted, whole) = both(bytes, parts: parts)
            #expect(ranges.count > 1)
            let record = try #require(parted, "the parted read was refused")
            #expect(record == whole)
            #expect(record.votes == whole.votes)
        }
    }

    @Test(SharedFixtures.required) func coverAnchorsOnAllCoresAreTheOnesOfOnePass() throws {
        var one: [UInt8] = []
        for language in ["en", "fr", "es", "ru", "ar"] {
            one += try Array(String(contentsOfFile: SharedFixtures.path("S_PV.10124_\(language).txt"), encoding: .utf8).utf8)
        }
        var bytes: [UInt8] = []
        while bytes.count < PartedParse.minimumBytes { bytes += one }
        bytes.withUnsafeBufferPointer { buffer in
            let lines = LineScanner(buffer).lines
            let sequential = CoverPage.anchors(buffer, lines: lines)
            #expect(sequential.count >= 5 * (bytes.count / one.count))
            #expect(PartedParse.coverAnchors(buffer, lines: lines) == sequential)
            // Judging only the lines where a symbol is written finds what judging every line does.
            #expect(sequential == lines.indices.filter { lines[$0].mayCite && CoverPage.isAnchor(buffer, lines: lines, at: $0) })
        }
    }

    @Test func recordSymbolsAreFoundOnceAcrossEveryCut() {
        let text = Array("安理会 S/PV.8160 和 A/ES-11/PV.23，/PV/PV./PV.".utf8)
        text.withUnsafeBufferPointer { bytes in
            let whole = CoverPage.symbolPlaces(bytes, from: 0, to: bytes.count)
            #expect(whole.count == 4)
            #expect(whole.allSatisfy { Array(bytes[$0..<($0 + 4)]) == Array("/PV.".utf8) })
            for cut in 0...bytes.count {
                let parts = CoverPage.symbolPlaces(bytes, from: 0, to: cut) + CoverPage.symbolPlaces(bytes, from: cut, to: bytes.count)
                #expect(parts == whole, "cut at \(cut)")
            }
        }
    }

    @Test func sideBySideKeepsTheOrderOfItsResults() {
        #expect(SideBySide.map(9) { $0 * $0 } == (0..<9).map { $0 * $0 })
        let shares = SideBySide.shares(3..<20, parts: 4)
        #expect(shares.count == 4)
        #expect(shares.first?.lowerBound == 3 && shares.last?.upperBound == 20)
        for (a, b) in zip(shares, shares.dropFirst()) { #expect(a.upperBound == b.lowerBound && !a.isEmpty) }
        #expect(SideBySide.shares(0..<2, parts: 4).count == 2)
    }

    /// The finishing steps run side by side (the citations' ids beside the chairs, the citations
    /// made beside the votes, the log released as they are made) give the record they give one
    /// after the other: on the fixture three times, and on the real records (the PDFs hold votes).
    @Test func finishingSideBySideGivesTheRecordFinishingInOrderGives() throws {
        var texts = [String(repeating: Fixture.text, count: 3)]
        if SharedFixtures.available {
            for language in ["en", "fr", "es", "ru", "ar"] {
                let text = try String(contentsOfFile: SharedFixtures.path("S_PV.10124_\(language).txt"), encoding: .utf8)
                texts.append(String(repeating: text, count: 2))
            }
            if let votes = PDFText.extract(SharedFixtures.path("pdf/S_PV.8700_E.pdf")) {
                texts.append(String(repeating: votes, count: 2))
            }
        }
        var votes = 0
        for text in texts {
            let bytes = Array(text.utf8)
            let (side, inOrder) = bytes.withUnsafeBufferPointer { buffer in
                var a = RecordLoader.readRecord(bytes: buffer, warnings: [])
                var b = RecordLoader.readRecord(bytes: buffer, warnings: [])
                return (a.finished(sideBySide: true), b.finished(sideBySide: false))
            }
            #expect(side == inOrder)
            #expect(!side.references.isEmpty)
            #expect(side.statements.contains { $0.speaker.person != nil })
            #expect(side.statements.contains { $0.paragraphs.contains { !$0.references.isEmpty } })
            votes += side.votes.count
        }
        // S/PV.8700 twice: an amendment and a resolution voted on, twice.
        if SharedFixtures.available && PDFText.tool != nil { #expect(votes == 4) }
    }

    @Test func loaderReadsLargeFilesToTheSameRecord() {
        let bytes = repeated(Fixture.text, 3)
        let parted = bytes.withUnsafeBufferPointer { RecordLoader.parse(bytes: $0, warnings: [], parts: 2) }
        let whole = bytes.withUnsafeBufferPointer { RecordLoader.parse(bytes: $0, warnings: [], parts: 1) }
        #expect(parted == whole)
        #expect(parted.warnings.contains("the file seems to hold 3 meetings; they are shown as one record"))
    }
}
