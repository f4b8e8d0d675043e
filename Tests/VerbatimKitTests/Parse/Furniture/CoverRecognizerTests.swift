import Foundation
import Testing
@testable import VerbatimKit

/// The recognisers of cover lines, one class of line at a time, in each language.
@Suite struct CoverRecognizerTests {
    @Test func recordSymbolsAndTheirParts() {
        let cases: [(String, String, Int?, String)] = [
            ("联合国 S/PV.8160", "S/PV.8160", nil, "联合国"),
            ("S/PV.8699 (Resumption 1)", "S/PV.8699", 1, ""),
            ("S/PV.8699 (Reprise 2)", "S/PV.8699", 2, ""),
            ("S/PV.8699 (Reanudación 1)", "S/PV.8699", 1, ""),
            ("S/PV.8699 (Возобновление 3)", "S/PV.8699", 3, ""),
            ("United Nations S/PV.8699 (Resumption 1)", "S/PV.8699", 1, "United Nations"),
            ("A/72/PV.5", "A/72/PV.5", nil, ""),
            ("A/ES-10/PV.21", "A/ES-10/PV.21", nil, ""),
            ("األمــــم المتحــــدةS/PV.10124", "S/PV.10124", nil, "األمــــم المتحــــدة"),
            // Not a part: a bracket that names no resumption.
            ("S/PV.8160 (2018)", "S/PV.8160", nil, "(2018)"),
        ]
        for (line, symbol, part, rest) in cases {
            let found = RecordSymbol.find(in: line)
            #expect(found?.symbol == symbol && found?.part == part && found?.rest == rest, "\(line)")
        }
        #expect(RecordSymbol.find(in: "S/2018/4") == nil)
        #expect(RecordSymbol.find(in: "/PV.12") == nil)
        #expect(RecordSymbol.find(in: "见s/pv.12") == nil)
    }

    @Test func resumedMeetingCover() {
        let m = Furniture.cover(["United Nations S/PV.8699 (Resumption 1)", "Security Council", "8699th meeting",
                                 "Wednesday, 8 January 2020, 3 p.m.", "New York", "Provisional"])
        #expect(m.symbol == "S/PV.8699" && m.part == 1 && m.meetingNumber == 8699 && m.isoDate == "2020-01-08")
        #expect(m.status == .provisional)
    }

    @Test func datesInEveryLanguage() {
        let cases: [(CoverWords, String, String)] = [
            (.chinese, "2025年3月4日星期二上午10时", "2025-03-04"),
            (.chinese, "2018年1月18日星期四上午10时在纽约举行", "2018-01-18"),
            (.english, "Monday, 23 March 2026, 3 p.m.", "2026-03-23"),
            (.english, "Wednesday, 8 January 2020, 10 a.m.", "2020-01-08"),
            (.french, "Lundi 23 mars 2026, à 15 heures", "2026-03-23"),
            (.french, "Jeudi 1er août 2019, à 10 heures", "2019-08-01"),
            (.spanish, "Lunes 23 de marzo de 2026, a las 15.00 horas", "2026-03-23"),
            (.russian, "Понедельник 23 марта 2026 года, 15 ч 00 мин", "2026-03-23"),
            (.arabic, "الاثنين، 23 آذار/مارس 2026، الساعة 15/00", "2026-03-23"),
            // pdf.js's partly visual order.
            (.arabic, "15/00 ، الساعة2026 آذار/مارس 23 االثنين،", "2026-03-23"),
        ]
        for (words, line, iso) in cases {
            #expect(CoverDate.read(line, words: words)?.iso == iso, "\(line)")
        }
        #expect(CoverDate.read("2018年1月18日星期四上午10时在纽约举行", words: .chinese)?.written == "2018年1月18日星期四上午10时")
        #expect(CoverDate.read("Monday, 23 March 2026, 3 p.m.", words: .english)?.written == "Monday, 23 March 2026, 3 p.m.")
        #expect(CoverDate.read("New York", words: .english) == nil)
        #expect(CoverDate.read("March 2026", words: .english) == nil)
        #expect(CoverDate.read("第八十年", words: .chinese) == nil)
    }

    @Test func meetingNumbersInEveryLanguage() {
        #expect(CoverPage.meetingNumber("10124th meeting", words: .english) == 10124)
        #expect(CoverPage.meetingNumber("8701st meeting", words: .english) == 8701)
        #expect(CoverPage.meetingNumber("12th plenary meeting", words: .english) == 12)
        #expect(CoverPage.meetingNumber("10124e séance", words: .french) == 10124)
        #expect(CoverPage.meetingNumber("10124ª sesión", words: .spanish) == 10124)
        #expect(CoverPage.meetingNumber("10124-е заседание", words: .russian) == 10124)
        #expect(CoverPage.meetingNumber("10124 الجلسة", words: .arabic) == 10124)
        #expect(CoverPage.meetingNumber("The meeting rose at 5.20 p.m.", words: .english) == nil)
        #expect(CoverPage.meetingNumber("Eighty-first year", words: .english) == nil)
    }

    @Test func aMeetingNumberSplitFromItsWord() {
        // `pdftotext` sets the superscript ordinal apart: `8702` / `nd meeting`.
        let m = Furniture.cover(["S/PV.8702", "United Nations", "Security Council", "8702", "nd meeting"])
        #expect(m.meetingNumber == 8702)
    }

    @Test func presidentLinesInEveryForm() {
        #expect(CoverPage.heading("主席：纳扎尔巴耶夫先生", CoverWords.chinese.presidentHeadings) == "纳扎尔巴耶夫先生")
        #expect(CoverPage.heading("Présidents : M. Landau", CoverWords.french.presidentHeadings) == " M. Landau")
        #expect(CoverPage.heading("Président\u{A0}: M. X", CoverWords.french.presidentHeadings) == " M. X")
        #expect(CoverPage.heading("President:", CoverWords.english.presidentHeadings) == "")
        #expect(CoverPage.heading("President of the Security Council (S/2019/823)", CoverWords.english.presidentHeadings) == nil)
        #expect(CoverPage.heading("الرئيس. . . . السيد", CoverWords.arabic.presidentHeadings) != nil)
        #expect(CoverPage.presidents("Mr. Landau/Mr. Waltz (United States of America)")
            == [PresidingOfficer(name: "Mr. Landau", country: "United States of America"),
                PresidingOfficer(name: "Mr. Waltz", country: "United States of America")])
        #expect(CoverPage.presidents("纳扎尔巴耶夫先生 (哈萨克斯坦)") == [PresidingOfficer(name: "纳扎尔巴耶夫先生", country: "哈萨克斯坦")])
        #expect(CoverPage.presidents("Mr. Dang") == [PresidingOfficer(name: "Mr. Dang", country: nil)])
        // Parentheses turned around by a visual-order extraction.
        #expect(CoverPage.presidents("السيد ألف/السيد باء)فرنسا(")
            == [PresidingOfficer(name: "السيد ألف", country: "فرنسا"), PresidingOfficer(name: "السيد باء", country: "فرنسا")])
    }

    @Test func presidentOverThreeLines() {
        // `pdftotext` in its default mode: heading, name with leaders, country, each alone.
        let m = Furniture.cover(["S/PV.8701", "United Nations", "Security Council", "President:",
                                 "Mr. Dang. . . . . . . . . . . . . . . . . .", "(Viet Nam)", "Members:"])
        #expect(m.presidents == [PresidingOfficer(name: "Mr. Dang", country: "Viet Nam")])
    }

    @Test func membersInEveryForm() {
        // Countries first, then their representatives; a two-dot leader set apart.
        let split = Furniture.cover([
            "United Nations S/PV.1", "Security Council", "Members:", "Belgium. . . . . . . . .",
            "United Kingdom of Great Britain and Northern Ireland . .", "Niger. . . . . . . . .",
            "Mr. Pecsteen de Buytswerve", "Ms. Pierce", "Mr. Abarry", "Agenda",
        ])
        #expect(split.members == [
            Member(country: "Belgium", representative: "Mr. Pecsteen de Buytswerve"),
            Member(country: "United Kingdom of Great Britain and Northern Ireland", representative: "Ms. Pierce"),
            Member(country: "Niger", representative: "Mr. Abarry"),
        ])
        // A country wrapped over two lines; a line without leaders.
        let russian = Furniture.cover([
            "Организация Объединенных Наций S/PV.1", "Совет Безопасности", "Члены: Китай . . . . . . . г-н Сунь Лэй",
            "Сомали г-н Ибрагим", "Соединенное Королевство Великобритании и",
            "Северной Ирландии . . . . . . . . г-н Кариуки", "Повестка дня",
        ])
        #expect(russian.members == [
            Member(country: "Китай", representative: "г-н Сунь Лэй"),
            Member(country: "Сомали", representative: "г-н Ибрагим"),
            Member(country: "Соединенное Королевство Великобритании и Северной Ирландии", representative: "г-н Кариуки"),
        ])
        // Leaders first and the country glued to the honorific (pdf.js Arabic).
        let arabic = Furniture.cover([
            "الأمم المتحدةS/PV.1", "مجلس الأمن", "الأعضاء:. . . . . . . . . . الصينالسيد سون لي",
            ". . . . . . . . . . . . . . اليونانالسيدة بالتا", "جدول الأعمال",
        ])
        #expect(arabic.members == [
            Member(country: "الصين", representative: "السيد سون لي"),
            Member(country: "اليونان", representative: "السيدة بالتا"),
        ])
    }

    @Test func strayPdfSpacesInCoverWords() {
        let m = Furniture.cover([
            "联合国 S/PV.9876", "安全 理事会", "第九八七六次会议", "2025年3月4日星期二上午10时", "临 时",
            "主 席：张 伟先生 . . . . . . . . . . . . . . . . .（中 国）",
            "成 员：法国 . . . . . . . . . . . . . . . . . . . . 杜 邦先生", "议 程", "某项目",
        ])
        #expect(m.body == "安全理事会" && m.status == .provisional && m.meetingNumber == 9876)
        #expect(m.presidents == [PresidingOfficer(name: "张伟先生", country: "中国")])
        #expect(m.members == [Member(country: "法国", representative: "杜邦先生")])
        // Spaces between Latin words stay.
        #expect(CoverPage.tidy("Mr. Sun Lei") == "Mr. Sun Lei" && CoverPage.tidy("让 · 杜 邦") == "让 · 杜邦")
    }

    @Test func coverLanguageFromItsWords() {
        #expect(CoverPage.language(of: ["Nations Unies S/PV.1", "Conseil de sécurité", "Provisoire"]).language == "fr")
        #expect(CoverPage.language(of: ["Naciones Unidas S/PV.1", "Consejo de Seguridad"]).language == "es")
        #expect(CoverPage.language(of: ["األمــــم المتحــــدةS/PV.1", "مجلس األمـن"]).language == "ar")
        #expect(CoverPage.language(of: ["联合国", "S/PV.1", "安全理事会"]).language == "zh")
    }

    @Test func arabicFoldingIgnoresTatweelAndLamAlefOrder() {
        #expect(CoverWords.fold("مجلس األمـن") == CoverWords.fold("مجلس الأمن"))
        #expect(CoverWords.fold("األمــــم المتحــــدة") == CoverWords.fold("الأمم المتحدة"))
        #expect(CoverWords.fold("جدول األعمال") == CoverWords.fold("جدول الأعمال"))
        #expect(CoverWords.fold("مجلس الأمن") != CoverWords.fold("الجمعية العامة"))
        #expect(CoverWords.fold("Security Council") == "security council")
    }

    @Test func jobNumberAndBarcodeLines() {
        #expect(CoverPage.isJobNumberLine("25-01234(C)"))
        #expect(CoverPage.isJobNumberLine("26-03920"))
        #expect(!CoverPage.isJobNumberLine("2025-01-01"))
        #expect(CoverPage.isBarcodeLine("*2501234*"))
        #expect(CoverPage.isBarcodeLine("*2505956*В настоящем отчете"))
        #expect(!CoverPage.isBarcodeLine("*注*"))
    }
}

/// Covers cut and scrambled: parsed without a crash, every line kept in the cover's text.
@Suite struct DamagedCoverTests {
    @Test func scrambledCoversParse() {
        let pieces = ["联合国", "S/PV.", "8160", "(Resumption", " 1)", "主席：", "成员：", "President:", "Members:",
                      ". . . .", "……", "（", ")", "(", "/", "第", "〇", "十", "次会议", "年", "月", "日", "*", "25-01234",
                      "2/30", "الرئيس", "السيد", "Ms.", "г-н", " ", "\u{A0}", "ـ", "ال", "أ"]
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for _ in 0..<300 {
            var lines = ["联合国 S/PV.8160", "安全理事会"]
            for _ in 0..<(next() % 12) {
                lines.append((0..<(next() % 8)).map { _ in pieces[next() % pieces.count] }.joined())
            }
            let record = RecordLoader.parse(lines.joined(separator: "\n") + "\n")
            #expect(record.procedural.first?.kind == .coverPage)
            #expect(record.meeting.symbol == "S/PV.8160")
        }
    }
}
