import Foundation
import Testing
@testable import VerbatimKit

/// The reference record typeset as a PDF (cover page, two columns, running headers and footers)
/// and read back: the same statements, speakers, references and pages as the text.
@Suite(GeneratedPDF.required) struct GeneratedPDFTests {
    /// One statement as compared between the PDF and the text: speaker, pages, words (white
    /// space aside) and the ids it cites.
    struct Summary: Equatable, CustomStringConvertible {
        var speaker: String
        var pages: String
        var text: String
        var references: [String]

        init(_ statement: Statement) {
            let s = statement.speaker
            speaker = "\(s.label)|\(s.name ?? "-")|\(s.country ?? "-")|\(s.language)"
            pages = "\(statement.pages.first)-\(statement.pages.last)"
            text = Fixture.squeezed(statement.paragraphs.map(\.text).joined())
            references = statement.paragraphs.flatMap { $0.references.compactMap(\.id) }
        }

        var description: String { "\(speaker) p.\(pages) refs \(references) text \(text.prefix(20))…" }
    }

    /// The statements that start on the body pages (2 onwards); the cover is page 1.
    static func bodyStatements(_ record: Record) -> [Summary] {
        record.statements.filter { $0.pages.first >= 2 }.map(Summary.init)
    }

    static let expected = Fixture.record.statements.map(Summary.init)

    @Test(arguments: [GeneratedPDF.standard, .oneColumn, .noCover, .noFurniture])
    func readsAsTheTextFixture(_ variant: GeneratedPDF) throws {
        let record = try RecordLoader.load(path: try variant.path())
        let body = Self.bodyStatements(record)
        #expect(Self.expected.count == 24)
        #expect(body.count == Self.expected.count)
        for (got, want) in zip(body, Self.expected) {
            #expect(got == want)
        }
        // Pages 2–24, as the footers number them.
        let pages = Set(record.statements.flatMap { [$0.pages.first, $0.pages.last] })
        #expect(pages.filter { $0 >= 2 }.min() == 2)
        #expect(pages.max() == 24)
        #expect(!record.warnings.contains { $0.contains("two columns") })
    }

    @Test func everyCitedDocumentOfTheTextIsCitedInThePDF() throws {
        let record = try RecordLoader.load(path: try GeneratedPDF.standard.path())
        let ids = Set(record.references.map(\.id))
        for reference in Fixture.record.references {
            #expect(ids.contains(reference.id), "\(reference.id) is missing")
        }
    }

    @Test func noCoverStartsOnTheFirstPDFPageButKeepsThePrintedNumbers() throws {
        let extraction = try PDFTextExtractor().extract(path: try GeneratedPDF.noCover.path())
        #expect(extraction.pages == 23)
        #expect(extraction.bytes.filter { $0 == 0x0C }.count == 23)
        let record = RecordLoader.parse(String(decoding: extraction.bytes, as: UTF8.self))
        #expect(record.statements.first?.pages.first == 2)
        #expect(record.statements.last?.pages.last == 24)
    }

    @Test func oneFormFeedPerPageAndProgressToTheLastPage() throws {
        var reports: [(Int, Int)] = []
        let extraction = try PDFTextExtractor().extract(path: try GeneratedPDF.standard.path()) {
            reports.append(($0, $1))
        }
        #expect(extraction.pages == 24)
        #expect(extraction.bytes.filter { $0 == 0x0C }.count == 24)
        #expect(extraction.bytes.last == 0x0C)
        #expect(reports.last.map { $0 == (24, 24) } == true)
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.0 < $1.0 })
        // Whole lines in column order: a two-column page gives each typeset line unbroken.
        let text = String(decoding: extraction.bytes, as: UTF8.self)
        #expect(text.contains("\n2018年1月2日哈萨克斯坦常驻联合国代表给秘\n书长的信（S/2018/4）\n主席（以俄语发言）：我谨热烈欢迎莅临安全\n"))
    }

    @Test func aLongPDFReadInTwoHalvesJoinsThemInOrder() throws {
        let single = try GeneratedPDF.standard.path()
        let long = GeneratedPDF.folder.appendingPathComponent("long-\(UUID().uuidString).pdf").path
        let pdfunite = try #require(PDFTextExtractor().find("pdfunite"), "pdfunite (poppler-utils) is missing")
        let made = try GeneratedPDF.run(pdfunite, [single, single, long])
        try #require(made.status == 0, "pdfunite failed: \(made.err)")
        defer { try? FileManager.default.removeItem(atPath: long) }

        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        let halves = try PDFTextExtractor(searchPath: path, timeout: 60, parallelism: 2).extract(path: long)
        let whole = try PDFTextExtractor(searchPath: path, timeout: 60, parallelism: 1).extract(path: long)
        #expect(halves.pages == 48)
        #expect(halves.bytes.filter { $0 == 0x0C }.count == 48)
        #expect(halves.bytes == whole.bytes)
        let record = try RecordLoader.load(path: long)
        #expect(Self.bodyStatements(record).count >= 48)
    }

    @Test func everyCommandReadsThePDF() throws {
        let binary = try #require(PDFCommand.binary, "the verbatim executable is not built")
        let pdf = try GeneratedPDF.standard.path()
        let speakers = try GeneratedPDF.run(binary, ["speakers", pdf])
        #expect(speakers.status == 0)
        #expect(speakers.out.contains("杜达总统") && speakers.out.contains("俄罗斯联邦"))
        let refs = try GeneratedPDF.run(binary, ["refs", pdf])
        #expect(refs.status == 0)
        #expect(refs.out.contains("S/PV.3046"))
        let dump = try GeneratedPDF.run(binary, ["dump", "--json", pdf])
        #expect(dump.status == 0)
        #expect(dump.out.contains("\"label\" : \"秘书长（以英语发言）\""))
        let render = try GeneratedPDF.run(binary, ["render", pdf, "--size", "100x30", "--keys", ":3 Enter"])
        #expect(render.status == 0)
        #expect(render.out.contains("秘书长"))
    }

    @Test func recognisedByItsContentNotItsName() throws {
        let pdf = try Data(contentsOf: URL(fileURLWithPath: try GeneratedPDF.standard.path()))
        let disguised = Fixture.temporaryFile([UInt8](pdf), name: "record.txt")
        #expect(Self.bodyStatements(try RecordLoader.load(path: disguised)).count == 24)

        let text = Fixture.temporaryFile(Array(Fixture.text.utf8), name: "record.pdf")
        #expect(try RecordLoader.load(path: text).statements.count == 24)
    }
}
