import Foundation
import Testing
@testable import VerbatimKit

/// The five real pdf.js extractions of S/PV.10124: each gives the meeting's facts from its
/// cover, drops its running headers and footers, and numbers its pages from the footers.
@Suite(SharedFixtures.required) struct RealTextCoverTests {
    struct Expected {
        var language: String
        var body: String
        var presidents: [String]
        var country: String
        var firstMember: Member
        var lastMember: Member
        var opening: String
        var closing: String
        var pages: Int
    }

    static let expected: [Expected] = [
        Expected(
            language: "en", body: "Security Council", presidents: ["Mr. Landau", "Mr. Waltz"],
            country: "United States of America",
            firstMember: Member(country: "Bahrain", representative: "Ms. Nancy Abdulla"),
            lastMember: Member(country: "United Kingdom of Great Britain and Northern Ireland", representative: "Mr. Kariuki"),
            opening: "The meeting was called to order", closing: "The meeting rose", pages: 28),
        Expected(
            language: "fr", body: "Conseil de sécurité", presidents: ["M. Landau", "M. Waltz"],
            country: "États-Unis d'Amérique",
            firstMember: Member(country: "Bahreïn", representative: "Mme Nancy Abdulla"),
            lastMember: Member(country: "Somalie", representative: "M. Ibrahim"),
            opening: "La séance est ouverte", closing: "La séance est levée", pages: 31),
        Expected(
            language: "es", body: "Consejo de Seguridad", presidents: ["Sr. Landau", "Mr. Waltz"],
            country: "Estados Unidos de América",
            firstMember: Member(country: "Bahrein", representative: "Sra. Nancy Abdulla"),
            lastMember: Member(country: "Somalia", representative: "Sr. Ibrahim"),
            opening: "Se declara abierta la sesión", closing: "Se levanta la sesión", pages: 31),
        Expected(
            language: "ru", body: "Совет Безопасности", presidents: ["г-н Ландау", "г-н Уолтц"],
            country: "Соединенные Штаты Америки",
            firstMember: Member(country: "Бахрейн", representative: "г-жа Нэнси Абдулла"),
            // Wrapped over two lines in the extraction.
            lastMember: Member(country: "Соединенное Королевство Великобритании и Северной Ирландии", representative: "г-н Кариуки"),
            opening: "Заседание открывается", closing: "Заседание закрывается", pages: 35),
        Expected(
            // The names as pdf.js left them (lam-alef and word order damaged): see docs/json.md.
            language: "ar", body: "مجلس الأمن", presidents: ["السيد الندوا", "السيد ولتز"],
            country: "اليات المتحدة األمريكيةالو",
            firstMember: Member(country: "االتحاد الروسي", representative: "السيد نبينزيا"),
            lastMember: Member(country: "اليونان", representative: "السيدة بالتا"),
            opening: "افتتحت الجلسة", closing: "رُفعت الجلسة", pages: 34),
    ]

    static func load(_ language: String) throws -> Furniture.Parsed {
        let text = try String(contentsOfFile: SharedFixtures.path("S_PV.10124_\(language).txt"), encoding: .utf8)
        return Furniture.parse(text)
    }

    @Test(arguments: expected) func coverFacts(_ e: Expected) throws {
        let m = try Self.load(e.language).record.meeting
        #expect(m.symbol == "S/PV.10124")
        #expect(m.part == nil)
        #expect(m.isoDate == "2026-03-23")
        #expect(m.meetingNumber == 10124)
        #expect(m.body == e.body)
        #expect(m.status == .provisional)
        #expect(m.presidents == e.presidents.map { PresidingOfficer(name: $0, country: e.country) })
        #expect(m.president == e.presidents[0] && m.presidentCountry == e.country)
        #expect(m.members.count == 14)
        #expect(m.members.first == e.firstMember)
        #expect(m.members.last == e.lastMember)
        #expect(m.jobNumber?.hasPrefix("2") == true && m.jobNumber?.count == 12)
    }

    @Test(arguments: expected) func pagesFollowTheFooters(_ e: Expected) throws {
        let parsed = try Self.load(e.language)
        #expect(parsed.record.procedural.first?.kind == .coverPage)
        #expect(parsed.record.procedural.first?.page == 1)
        #expect(parsed.page(ofLineContaining: e.opening) == 2)
        #expect(parsed.page(ofLastLineContaining: e.closing) == e.pages)
        // The line after each footer is on the page the footer gives, whichever way the job
        // number and the page were glued.
        let footer = try Regex(#"^(?:\d{2}-\d{5}\s*)?(\d{1,3})/(\d{1,3})(?:\s*\d{2}-\d{5})?$"#)
        var checked = 0
        for (k, line) in parsed.lines.enumerated() {
            guard let match = try footer.wholeMatch(in: line), let n = Int(match.output[1].substring ?? ""),
                  let total = Int(match.output[2].substring ?? ""), total == e.pages else { continue }
            #expect(parsed.pages[k + 2] == n, "line \(k + 2) after footer \(line)")
            checked += 1
        }
        #expect(checked == e.pages - 1)
        // Headers and footers are not text of the record.
        #expect(!parsed.record.text.contains("23/03/2026"))
        #expect(!parsed.record.text.contains("/\(e.pages)"))
    }
}
