import Foundation
import Testing
@testable import VerbatimKit

/// The citations of the real S/PV.10124 in five languages and of the English PDFs: the same ids
/// in every version, as the README of the real documents states them.
@Suite(SharedFixtures.required) struct RealRecordCitationTests {
    @Test(arguments: ["en", "fr", "es", "ru", "ar"])
    func theSameResolutionsInEveryVersion(language: String) {
        let counts = CitationProbe.counts(ofRecord: "S_PV.10124_\(language).txt", language: language)
        #expect(counts["S/RES/2774 (2025)"] == 4)
        #expect(counts["S/RES/2817 (2026)"] == 2)
        #expect(counts["A/RES/ES-11/10"] == 2)
        // ES-11/9: twice in English, French and Spanish, once in Russian, not in the Arabic extraction.
        let es9 = ["en": 2, "fr": 2, "es": 2, "ru": 1, "ar": 0][language]!
        #expect((counts["A/RES/ES-11/9"] ?? 0) == es9)
        #expect(counts["A/ES-11/PV.23"] == 1 && counts["A/ES-11/PV.24"] == 1)
        for record in ["S/PV.10087", "S/PV.10113"] { #expect(counts[record] == 1, "\(record)") }
        #expect(counts["S/PV.10110"] == 2)
        // Every full name of the Charter in the file (`Charter of the United Nations`, `United
        // Nations Charter`, `Charte des Nations Unies`, `Устав… Организации Объединенных Наций`,
        // `ميثاق األمم المتحدة`), counted in the joined text with a regular expression.
        #expect(counts["UN Charter"] == ["en": 28, "fr": 29, "es": 29, "ru": 28, "ar": 27][language])
        // Nothing else is taken for a resolution.
        let resolutions = counts.keys.filter { $0.hasPrefix("S/RES/") || $0.hasPrefix("A/RES/") }
        #expect(Set(resolutions).isSubset(of: ["S/RES/2774 (2025)", "S/RES/2817 (2026)", "A/RES/ES-11/10", "A/RES/ES-11/9"]))
    }

    @Test(arguments: ["en", "fr", "es", "ru", "ar"])
    func offsetsPointAtTheTextAsWritten(language: String) {
        let text = CitationProbe.joinedLines(of: SharedFixtures.path("S_PV.10124_\(language).txt"))
        let scalars = Array(text.unicodeScalars)
        let citations = CitationProbe.scan(text, language: language)
        #expect(citations.count > 60)
        for c in citations {
            #expect(String(String.UnicodeScalarView(scalars[c.start..<c.end])) == c.text, "\(c.text)")
        }
        #expect(citations.map(\.start) == citations.map(\.start).sorted())
    }

    /// The text of an English PDF as `pdftotext` gives it, or nil without poppler.
    func pdfText(_ name: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-enc", "UTF-8", "-eol", "unix", SharedFixtures.path("pdf/\(name)"), "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theEnglishPDFs() throws {
        guard let text = pdfText("S_PV.8700_E.pdf"), let vote = pdfText("S_PV.8701_E.pdf") else { return }
        let path = Fixture.temporaryFile(Array((text + "\n" + vote).utf8), name: "pdfs.txt")
        var counts: [String: Int] = [:]
        for c in CitationProbe.scan(CitationProbe.joinedLines(of: path), language: "en") {
            counts[c.catalogId ?? c.key, default: 0] += 1
        }
        #expect(counts["A/RES/46/182"] == 9)
        #expect((counts["S/RES/2504 (2020)"] ?? 0) >= 16)
        #expect((counts["S/RES/2165 (2014)"] ?? 0) >= 5)
        #expect(counts["S/RES/2505 (2020)"] == 1)
        #expect(counts["S/2020/25"] == 5 && counts["S/2020/24"] == 3)
    }

    @Test func namedInstrumentsInTheEnglishPDFs() throws {
        guard let mali = pdfText("S_PV.8698_E.pdf"), let colombia = pdfText("S_PV.8702_E.pdf") else { return }
        func counts(_ text: String) -> [String: Int] {
            let path = Fixture.temporaryFile(Array(text.utf8), name: "pdf.txt")
            var counts: [String: Int] = [:]
            for c in CitationProbe.scan(CitationProbe.joinedLines(of: path), language: "en") where c.catalogId != nil {
                counts[c.catalogId!, default: 0] += 1
            }
            return counts
        }
        #expect(counts(mali) == ["Mali Peace Agreement": 1, "UN Charter": 1])
        // Four long forms of the Colombian agreement's name, 17 times in all.
        #expect(counts(colombia) == ["Colombia Final Agreement": 17])
        // `the Final Agreement` then refers back to it, statement by statement.
        var index = ReferenceIndex(language: "en")
        var text = "Colombia signed the Final Agreement for Ending the Conflict and Building a Stable and Lasting Peace. "
            + "The Final Agreement stands."
        let ids = text.withUTF8 { index.add(index.scan($0), statement: 1, in: $0).map(\.id) }
        #expect(ids == ["Colombia Final Agreement", "Colombia Final Agreement"])
    }
}
