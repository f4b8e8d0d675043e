import Foundation
import Testing
@testable import VerbatimKit

/// The four real English PDFs as `pdftotext` extracts them, in its default mode, with `-raw`
/// and with `-layout`: the cover's facts, the running headers and footers dropped, and the page numbers
/// they give (the closing line lies on the last page).
@Suite(SharedFixtures.required, Furniture.needsPdftotext) struct RealPDFTextCoverTests {
    struct Expected: Sendable, CustomStringConvertible {
        var number: Int
        var isoDate: String
        var pages: Int
        var description: String { "S/PV.\(number)" }
    }

    static let expected = [
        Expected(number: 8698, isoDate: "2020-01-08", pages: 18),
        Expected(number: 8700, isoDate: "2020-01-10", pages: 12),
        Expected(number: 8701, isoDate: "2020-01-13", pages: 2),
        Expected(number: 8702, isoDate: "2020-01-13", pages: 20),
    ]

    static let modes: [[String]] = [[], ["-raw"], ["-layout"]]

    static func parse(_ e: Expected, _ mode: [String]) throws -> Furniture.Parsed {
        Furniture.parse(try Furniture.extract(SharedFixtures.path("pdf/S_PV.\(e.number)_E.pdf"), mode))
    }

    @Test(arguments: expected, modes) func coverFacts(_ e: Expected, _ mode: [String]) throws {
        let m = try Self.parse(e, mode).record.meeting
        #expect(m.symbol == "S/PV.\(e.number)")
        #expect(m.part == nil)
        #expect(m.meetingNumber == e.number)
        #expect(m.isoDate == e.isoDate)
        #expect(m.body == "Security Council")
        #expect(m.status == .provisional)
        #expect(m.presidents == [PresidingOfficer(name: "Mr. Dang", country: "Viet Nam")])
        #expect(m.members.count == 14)
        #expect(m.members.first == Member(country: "Belgium", representative: "Mr. Pecsteen de Buytswerve"))
        #expect(m.members.contains { $0.country == "United Kingdom of Great Britain and Northern Ireland" })
        #expect(m.members.last?.country == "United States of America")
        #expect(m.jobNumber?.hasSuffix("(E)") == true)
    }

    @Test(arguments: expected, modes) func pagesAndFurniture(_ e: Expected, _ mode: [String]) throws {
        let parsed = try Self.parse(e, mode)
        #expect(parsed.record.procedural.first?.kind == .coverPage)
        #expect(parsed.page(ofLineContaining: "The meeting was called to order") == 2)
        #expect(parsed.page(ofLastLineContaining: "The meeting rose") == e.pages)
        let text = parsed.record.text
        // Headers (`S/PV.8698 … 08/01/2020`) and footers (`20-00526 3/18`), whole or split.
        let date = e.isoDate.split(separator: "-").reversed().joined(separator: "/")
        #expect(!text.contains(date))
        #expect(!text.contains("/\(e.pages)\n") && !text.contains("/\(e.pages) "))
        #expect(text.components(separatedBy: "S/PV.\(e.number)").count == 2, "the symbol only on the cover")
        // The header's title, on a line of its own at the top of page 2, is dropped too.
        let cover = parsed.record.procedural[0].text
        #expect(text.dropFirst(cover.count).drop(while: { $0 == "\n" }).hasPrefix("The meeting was called to order"))
    }

    /// Every line of text that the three modes share (once each) lies on the same page in all.
    @Test(arguments: expected) func modesAgreeOnPages(_ e: Expected) throws {
        let parsed = try Self.modes.map { try Self.parse(e, $0) }
        func pagesByLine(_ p: Furniture.Parsed) -> [String: Int] {
            var count: [String: Int] = [:]
            var page: [String: Int] = [:]
            for (k, line) in p.lines.enumerated() where line.count >= 25 {
                count[line, default: 0] += 1
                if let n = p.pages[k + 1] { page[line] = n }
            }
            return page.filter { count[$0.key] == 1 }
        }
        let maps = parsed.map(pagesByLine)
        var shared = 0
        for (line, page) in maps[0] {
            for other in maps.dropFirst() {
                guard let p = other[line] else { continue }
                shared += 1
                #expect(p == page, "\(line)")
            }
        }
        #expect(shared > 20 * (e.pages - 1))
    }
}
