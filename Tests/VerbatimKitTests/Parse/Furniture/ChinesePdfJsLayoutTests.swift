import Foundation
import Testing
@testable import VerbatimKit

/// Chinese records in the layout pdf.js gives: a cover with the symbol beside `联合国`, the
/// corrections notice before or after it, job-number and barcode lines, unwrapped lines, and on
/// every page a running header and a footer whose job number and page may be glued together.
/// The inputs are written from the fixture's record and from the classes of cover facts.
@Suite struct ChinesePdfJsLayoutTests {
    static let notice = "本记录包括中文发言的文本和其他语言发言的译文。定本将刊印在正式记录中。更正应只对原文提出，"
        + "由有关代表团成员一人署名，送交逐字记录处处长（verbatimrecords@un.org）。更正后的记录将在联合国正式文件系统"
        + "（http://documents.un.org）上重发。"

    /// A cover in pdf.js's layout.
    static func cover(
        symbol: String = "S/PV.8160", noticeFirst: Bool = false, meeting: String = "第8160次会议",
        date: String = "2018年1月18日星期四上午10时", status: String = "临时",
        president: String = "主席：纳扎尔巴耶夫先生 . . . . . . . . . . . . . . . . . . . . . . .（哈萨克斯坦）"
    ) -> [String] {
        var lines: [String] = []
        if noticeFirst { lines += [notice, "18-01234 (C)", "*1801234*"] }
        lines += ["联合国 \(symbol)", "安全理事会", "第七十三年", meeting, date, "纽约", status, president,
                  "成员：玻利维亚（多民族国） . . . . . . . . . . . . . . . . . . . . 略伦蒂·索利斯先生",
                  "中国 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 吴海涛先生",
                  "科特迪瓦……………………………………………………塔诺-布崔先生",
                  "大不列颠及北爱尔兰联合王国 . . . . . . . . . . . . . . . . . 菲尔德先生",
                  "议程", "不扩散大规模毁灭性武器", "建立信任措施"]
        if !noticeFirst { lines += [notice, "18-01234 (C)", "*1801234*"] }
        return lines
    }

    /// The fixture's record, one paragraph (or label with its first paragraph, or note) a line,
    /// each with the page it starts on.
    static var body: [(page: Int, line: String)] {
        let record = Fixture.record
        var out: [(page: Int, line: String)] = []
        for block in record.blocks {
            switch block {
            case .procedural(let k): out.append((record.procedural[k].page, record.procedural[k].text))
            case .statement(let k):
                let s = record.statements[k]
                var notes = s.notes[...]
                for (p, paragraph) in s.paragraphs.enumerated() {
                    while let note = notes.first, note.beforeParagraph <= p {
                        out.append((note.page, note.text))
                        notes = notes.dropFirst()
                    }
                    out.append((paragraph.page, p == 0 ? s.speaker.label + "：" + paragraph.text : paragraph.text))
                }
                for note in notes { out.append((note.page, note.text)) }
            case .unattributed(let k): out.append((record.unattributed[k].page, record.unattributed[k].text))
            }
        }
        return out
    }

    /// The footer of page `n` of 24, in one of the four forms pdf.js gives.
    static func footer(_ n: Int) -> String {
        switch n % 4 {
        case 0: "18-01234\(n)/24"
        case 1: "\(n)/2418-01234"
        case 2: "\(n)/24 18-01234"
        default: "18-01234 \(n)/24"
        }
    }

    /// The whole record: cover, then each page's header and footer (in either order) and text.
    static func document(cover: [String]) -> String {
        var lines = cover
        let body = Self.body
        for page in 2...24 {
            let header = page % 2 == 0
                ? "S/PV.8160 不扩散大规模毁灭性武器 18/01/2018" : "18/01/2018 不扩散大规模毁灭性武器 S/PV.8160"
            lines += page % 3 == 0 ? [footer(page), header] : [header, footer(page)]
            lines += body.filter { $0.page == page }.map(\.line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [false, true]) func parsesLikeTheFixture(noticeFirst: Bool) {
        let record = RecordLoader.parse(Self.document(cover: Self.cover(noticeFirst: noticeFirst)))
        // The cover's `主席：` line is a cover line, never a first statement.
        #expect(record.statements.count == Fixture.record.statements.count)
        #expect(Fixture.speakers(record) == Fixture.speakers(Fixture.record))
        #expect(record.procedural.first?.kind == .coverPage && record.procedural.first?.page == 1)
        #expect(record.procedural[1].kind == .opening && record.procedural[1].page == 2)
        #expect(record.statements.flatMap(\.paragraphs).map(\.page) == Fixture.record.statements.flatMap(\.paragraphs).map(\.page))
        #expect(record.statements.last?.pages.last == 24)
        #expect(!record.text.contains("18/01/2018") && !record.text.contains("/24"))
        let m = record.meeting
        #expect(m.symbol == "S/PV.8160" && m.part == nil && m.body == "安全理事会" && m.meetingNumber == 8160)
        #expect(m.date == "2018年1月18日星期四上午10时" && m.isoDate == "2018-01-18")
        #expect(m.status == .provisional)
        #expect(m.presidents == [PresidingOfficer(name: "纳扎尔巴耶夫先生", country: "哈萨克斯坦")])
        #expect(m.members.count == 4)
        #expect(m.members[2] == Member(country: "科特迪瓦", representative: "塔诺-布崔先生"))
        #expect(m.members[3] == Member(country: "大不列颠及北爱尔兰联合王国", representative: "菲尔德先生"))
        #expect(m.jobNumber == "18-01234 (C)")
    }

    @Test func severalPresidingOfficersAndFullStatus() {
        let cover = Self.cover(
            meeting: "第九八七六次会议", status: "临时逐字记录",
            president: "主席：张伟先生/李娜女士 . . . . . . . . . . . . . . . . . . . (中国)")
        let record = RecordLoader.parse(Self.document(cover: cover))
        #expect(record.statements.count == Fixture.record.statements.count)
        let m = record.meeting
        #expect(m.meetingNumber == 9876)
        #expect(m.status == .provisional)
        #expect(m.presidents == [PresidingOfficer(name: "张伟先生", country: "中国"),
                                 PresidingOfficer(name: "李娜女士", country: "中国")])
        #expect(m.president == "张伟先生" && m.presidentCountry == "中国")
    }

    @Test func eachOfficerWithItsOwnCountry() {
        let m = Furniture.cover(["联合国 S/PV.10050", "安全理事会", "第一〇〇五〇次会议",
                                 "主席：张伟先生（中国）/ 让·杜邦先生……………………（法国）"])
        #expect(m.meetingNumber == 10050)
        #expect(m.presidents == [PresidingOfficer(name: "张伟先生", country: "中国"),
                                 PresidingOfficer(name: "让·杜邦先生", country: "法国")])
    }

    @Test func meetingNumbersInChineseNumerals() {
        let words = CoverWords.chinese
        #expect(CoverPage.meetingNumber("第九八七六次会议", words: words) == 9876)
        #expect(CoverPage.meetingNumber("第一〇〇五〇次会议", words: words) == 10050)
        #expect(CoverPage.meetingNumber("第 8160 次会议", words: words) == 8160)
        #expect(CoverPage.meetingNumber("第七十二次全体会议", words: words) == 72)
        #expect(CoverPage.meetingNumber("第八十年", words: words) == nil)
        #expect(CoverPage.meetingNumber("第七十二届会议", words: words) == nil)
    }

    @Test func aCoverWithoutItsPageBreakStillEndsAtTheOpening() {
        // No header or footer between the cover and the meeting: the opening ends the cover.
        let text = (Self.cover() + ["上午10时20分开会。", "主席：我宣布会议开始。"]).joined(separator: "\n")
        let record = RecordLoader.parse(text)
        #expect(record.procedural.map(\.kind) == [.coverPage, .opening])
        #expect(record.statements.count == 1 && record.statements[0].speaker.role == .president)
        #expect(record.meeting.presidents.count == 1)
    }

    @Test func generalAssemblyAgendaItemHeadings() {
        let lines = [
            "联合国 A/80/PV.12", "大会", "第八十届会议", "第12次全体会议", "2025年9月23日星期二上午9时在纽约举行", "正式记录",
            "主席：贝尔博克女士 . . . . . . . . . . . . . . . . . . . . . . . . (德国)", "25-26543 (C)", "*2526543*",
            "A/80/PV.12 一般性辩论 23/09/2025", "25-265432/30",
            "上午9时5分开会。", "议程项目8", "一般性辩论",
            "古特雷斯秘书长（以英语发言）：我们的世界处于危险之中。",
        ]
        let parsed = Furniture.parse(lines.joined(separator: "\n") + "\n")
        let m = parsed.record.meeting
        #expect(m.symbol == "A/80/PV.12" && m.body == "大会" && m.meetingNumber == 12 && m.isoDate == "2025-09-23")
        #expect(m.status == .final)
        #expect(m.presidents == [PresidingOfficer(name: "贝尔博克女士", country: "德国")])
        #expect(parsed.record.agenda.map(\.title).contains { $0.contains("一般性辩论") })
        #expect(parsed.record.statements.count == 1)
        #expect(parsed.page(ofLineContaining: "开会") == 2)
    }
}
