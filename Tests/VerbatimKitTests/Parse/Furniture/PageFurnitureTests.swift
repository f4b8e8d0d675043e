import Foundation
import Testing
@testable import VerbatimKit

/// Running headers and footers in the forms extractions give, and the page numbers they carry.
@Suite struct PageFurnitureTests {
    func classify(_ s: String, pageOnly: Bool = false) -> PageArtifact? {
        var text = s
        return text.withUTF8 { PageArtifact.classify($0, start: 0, end: $0.count, pageOnly: pageOnly) }
    }

    @Test func gluedFooters() {
        #expect(classify("25-012343/30") == .footer(page: 3))
        #expect(classify("4/3025-01234") == .footer(page: 4))
        #expect(classify("26-0392010/28") == .footer(page: 10))
        #expect(classify("13/2826-03920") == .footer(page: 13))
        #expect(classify("2/31 26-03920") == .footer(page: 2))
        // The page must not exceed the total; a job number glued to nothing else is no footer.
        #expect(classify("25-0123431/30") == nil)
        #expect(classify("25-01234abc") == nil)
    }

    @Test func pdftotextPiecesOfHeadersAndFooters() {
        // A control character between job number and page.
        #expect(classify("20-00526\u{08}3/18") == .footer(page: 3))
        #expect(classify("2/2\u{08}", pageOnly: true) == .footer(page: 2))
        #expect(classify("S/PV.8698") == .headerFragment)
        #expect(classify("S/PV.8699 (Resumption 1)") == .headerFragment)
        #expect(classify("S/PV.8699 (Resumption 1) The situation in the Middle East 08/01/2020") == .header)
        #expect(classify("S/PV.8699 (see above)") == nil)
        #expect(classify("08/01/2020") == .headerFragment)
        #expect(classify("S/PV.8698 The situation in the Middle East 08/01/2020") == .header)
        #expect(classify("23/03/2026 مأو مالس نوصا كوأ ينا S/PV.10124") == .header)
        #expect(classify("S/2020/27") == nil)
        #expect(classify("S/PV.8698 was the record") == nil)
    }

    /// Pages of pdf.js text: no form feeds, each page's header and footer before its text.
    @Test func pdfJsPagesStartAtTheirHeaders() {
        let text = [
            "United Nations S/PV.9001", "Security Council", "9001st meeting", "Monday, 5 May 2025, 10 a.m.",
            "Provisional", "President: Mr. A. . . . . . . . . . (France)", "Agenda", "Some item",
            "S/PV.9001 Some item 05/05/2025", "25-123452/4",
            "The meeting was called to order at 10.05 a.m.", "Text of page two.",
            "05/05/2025 Some item S/PV.9001", "3/425-12345",
            "Text of page three.",
            "25-12345 4/4", "S/PV.9001 Some item 05/05/2025",
            "The meeting rose at 11 a.m.",
        ].joined(separator: "\n")
        let parsed = Furniture.parse(text)
        #expect(parsed.page(ofLineContaining: "United Nations") == 1)
        #expect(parsed.page(ofLineContaining: "called to order") == 2)
        #expect(parsed.page(ofLineContaining: "page two") == 2)
        #expect(parsed.page(ofLineContaining: "page three") == 3)
        #expect(parsed.page(ofLineContaining: "The meeting rose") == 4)
        #expect(parsed.record.meeting.symbol == "S/PV.9001" && parsed.record.meeting.isoDate == "2025-05-05")
        #expect(!parsed.record.text.contains("/4"))
    }

    @Test func twoMeetingsInOneFileEachStartOnPageOne() {
        func meeting(_ n: Int) -> [String] {
            ["United Nations S/PV.\(n)", "Security Council", "\(n)th meeting", "Monday, 5 May 2025, 10 a.m.",
             "President: Mr. A. . . . . . . . . . (France)", "25-1234\(n % 10) (E)", "*251234\(n % 10)*",
             "S/PV.\(n) Some item 05/05/2025", "25-1234\(n % 10)2/3", "Meeting \(n) opens.",
             "05/05/2025 Some item S/PV.\(n)", "3/325-1234\(n % 10)", "Meeting \(n) closes."]
        }
        let parsed = Furniture.parse((meeting(9001) + meeting(9002)).joined(separator: "\n"))
        #expect(parsed.record.procedural.filter { $0.kind == .coverPage }.map(\.page) == [1, 1])
        #expect(parsed.page(ofLineContaining: "Meeting 9002 opens") == 2)
        #expect(parsed.page(ofLineContaining: "Meeting 9002 closes") == 3)
        #expect(parsed.record.meeting.symbol == "S/PV.9001")
        #expect(parsed.record.warnings.contains { $0.contains("2 meetings") })
    }

    /// A second record's cover right after the first record's last line, with no blank line
    /// between (records joined into one file): it is a cover, and its meeting's pages start again.
    @Test func aCoverRightAfterTextIsACover() {
        func meeting(_ n: Int) -> [String] {
            ["United Nations S/PV.\(n)", "Security Council", "\(n)th meeting", "Monday, 5 May 2025, 10 a.m.",
             "President: Mr. A. . . . . . . . . . (France)",
             "S/PV.\(n) Some item 05/05/2025", "25-1234\(n % 10)2/3", "The meeting was called to order at 10.05 a.m.",
             "Mr. B (Chile): Meeting \(n) speech goes on and on across the whole width of a typeset line of text and"]
        }
        let parsed = Furniture.parse((meeting(9001) + meeting(9002)).joined(separator: "\n"))
        #expect(parsed.record.procedural.filter { $0.kind == .coverPage }.map(\.page) == [1, 1])
        #expect(parsed.record.statements.allSatisfy { !$0.text.contains("Security Council") })
    }

    /// A cover printed after a page's footer starts its meeting on that page (its page 1): the
    /// pages after it count on from there, and a later footer that names a page before them is
    /// not believed (pages go forward within the meeting).
    @Test func pagesAfterACoverCountFromItAndGoForward() {
        let text = [
            "Text before the cover.", "\u{0C}S/PV.9001 Some item 05/05/2025", "25-123452/20",
            "United Nations S/PV.9001", "Security Council", "9001st meeting", "Monday, 5 May 2025, 10 a.m.",
            "President: Mr. A. . . . . . . . . . (France)",
            "\u{0C}The meeting was called to order at 10.05 a.m.", "Mr. B (Chile): Text of page two.",
            "\u{0C}Text of page three.",
            "\u{0C}S/PV.9001 Some item 05/05/2025", "25-123452/20", "Text of page four.",
        ].joined(separator: "\n")
        let parsed = Furniture.parse(text)
        let pages = ["called to order", "page two", "page three", "page four"].compactMap { parsed.page(ofLineContaining: $0) }
        #expect(pages == [2, 2, 3, 4])
    }

    @Test func resumedMeetingInPdftotextDefaultLayout() {
        // Headers split over lines, the part beside the symbol; the footer's page on its own.
        let text = [
            "S/PV.8699 (Resumption 1)", "", "United Nations", "", "Security Council", "", "Provisional", "",
            "8699th meeting", "Wednesday, 8 January 2020, 3 p.m.", "New York", "", "President:", "",
            "Mr. Dang. . . . . . . . . . . . . . . . . .", "", "(Viet Nam)", "", "20-00601 (E)", "*2000601*", "",
            "\u{0C}S/PV.8699 (Resumption 1)", "", "Maintenance of international peace and security", "",
            "The meeting resumed at 3.05 p.m.", "Text of page two.", "", "2/3\u{08}", "", "08/01/2020", "",
            "More text of page two.", "20-00601", "",
            "\u{0C}08/01/2020", "", "Maintenance of international peace and security", "", "Text of page three.",
            "The meeting rose at 4 p.m.", "", "20-00601\u{08}3/3", "", "\u{0C}",
        ].joined(separator: "\n")
        let parsed = Furniture.parse(text)
        let m = parsed.record.meeting
        #expect(m.symbol == "S/PV.8699" && m.part == 1 && m.meetingNumber == 8699 && m.isoDate == "2020-01-08")
        #expect(m.presidents == [PresidingOfficer(name: "Mr. Dang", country: "Viet Nam")])
        #expect(parsed.page(ofLineContaining: "More text of page two") == 2)
        #expect(parsed.page(ofLineContaining: "The meeting rose") == 3)
        #expect(parsed.record.text.components(separatedBy: "Resumption 1").count == 2, "the part only on the cover")
        #expect(!parsed.record.text.contains("08/01/2020"))
    }

    @Test func withoutACoverTheHeadersGiveSymbolAndDate() {
        let text = [
            "S/PV.9001 Some item 05/05/2025", "25-123452/3", "First page of text.",
            "05/05/2025 Some item S/PV.9001", "25-12345 3/3", "Second page of text.",
        ].joined(separator: "\n")
        let parsed = Furniture.parse(text)
        #expect(parsed.record.meeting.symbol == "S/PV.9001")
        #expect(parsed.record.meeting.isoDate == "2025-05-05")
        #expect(parsed.record.meeting.status == .unknown)
        #expect(parsed.page(ofLineContaining: "First page") == 2)
        #expect(parsed.page(ofLineContaining: "Second page") == 3)
    }

    @Test func rawPdftotextFooterAtThePageTopBelongsToThatPage() {
        // `pdftotext -raw`: after the form feed, the header and the footer, then the text.
        let text = "United Nations S/PV.8701\nSecurity Council\nProvisional\n\u{0C}"
            + "S/PV.8701 The situation in the Middle East 13/01/2020\n2/3\u{08} 20-00899\nPage two.\n\u{0C}"
            + "13/01/2020 The situation in the Middle East S/PV.8701\n20-00899 3/3\nPage three.\n\u{0C}"
        let parsed = Furniture.parse(text)
        #expect(parsed.page(ofLineContaining: "Page two") == 2)
        #expect(parsed.page(ofLineContaining: "Page three") == 3)
    }
}

/// `pdftotext -layout`: a cover page, whose wide gaps are dot leaders and a table, stays whole;
/// a page in two columns is read column by column.
@Suite struct LayoutPageTests {
    @Test func coverStaysWholeColumnsAreSplit() {
        let pad = String(repeating: " ", count: 12)
        var lines = ["United Nations\(pad)\(pad)\(pad)S/PV.9001", "Security Council\(pad)\(pad)\(pad)Provisional",
                     "9001st meeting", "Monday, 5 May 2025, 10 a.m.",
                     "President:   Mr. A. . . . . . . . . . . . . . . . . . . . . . . .\(pad)(France)",
                     "Members:     Chad. . . . . . . . . . . . . . . . . . . . . . . . .\(pad)Mr. B",
                     "             Peru. . . . . . . . . . . . . . . . . . . . . . . . .\(pad)Ms. C",
                     "             Togo. . . . . . . . . . . . . . . . . . . . . . . . .\(pad)Mr. D", "\u{0C}"]
        for k in 1...12 {
            lines.append("Left column line \(k) of the text\(pad)Right column line \(k) of the text")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let parsed = Furniture.parse(text)
        let m = parsed.record.meeting
        #expect(m.symbol == "S/PV.9001" && m.body == "Security Council" && m.status == .provisional)
        #expect(m.presidents == [PresidingOfficer(name: "Mr. A", country: "France")])
        #expect(m.members == [Member(country: "Chad", representative: "Mr. B"), Member(country: "Peru", representative: "Ms. C"),
                              Member(country: "Togo", representative: "Mr. D")])
        // The body page: every left line before every right line.
        let order = parsed.lines.filter { $0.contains("column line") }.map { $0.filter { $0 != "\u{0C}" } }
        #expect(order.first == "Left column line 1 of the text" && order.last == "Right column line 12 of the text")
        #expect(order.firstIndex(of: "Right column line 1 of the text")! > order.firstIndex(of: "Left column line 12 of the text")!)
    }
}
