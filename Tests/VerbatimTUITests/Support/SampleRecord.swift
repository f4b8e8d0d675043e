import VerbatimKit
@testable import VerbatimTUI

/// A small record built by hand: an opening, an agenda item, three statements with citations
/// and a note, and a closing.
enum SampleRecord {
    /// A citation of `written` (its first occurrence at or after `from` in `text`).
    static func cite(_ text: String, _ written: String, id: String?, kind: ReferenceKind, from: Int = 0) -> Citation {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(written.unicodeScalars)
        var start = from
        while start + needle.count <= scalars.count, Array(scalars[start..<start + needle.count]) != needle { start += 1 }
        precondition(start + needle.count <= scalars.count, "\(written) not in \(text)")
        return Citation(id: id, kind: kind, text: written, start: start, end: start + needle.count)
    }

    static let p1 = "我谨提请安理会成员注意文件S/2018/4，其中载有一封信。"
    static let p2 = "我现在请科威特副总理发言。"
    static let p3 = "科威特支持第1540（2004）号决议，也支持《不扩散核武器条约》。"
    static let p4 = "我们回顾第1540（2004）号决议和第2231（2015）号决议。关于ＡＢＣ·Ｄ的问题，我们要说：（S/PV.3046）。"
    static let p5 = "中国一贯支持第1540（2004）号决议。"

    static var record: Record {
        let opening = ProceduralLine(kind: .opening, text: "上午10时20分开会。", page: 2, lines: LineSpan(first: 1, last: 1))
        let agendaText = "建立信任措施（S/2018/4）"
        let agenda = ProceduralLine(
            kind: .agendaItem, text: agendaText,
            references: [cite(agendaText, "S/2018/4", id: "S/2018/4", kind: .document)], page: 2, lines: LineSpan(first: 3, last: 4))
        let closing = ProceduralLine(kind: .closing, text: "下午1时散会。", page: 9, lines: LineSpan(first: 99, last: 99))
        let president = Speaker(label: "主席（以俄语发言）", role: .president, language: "ru")
        let kuwait = Speaker(label: "萨巴赫先生（科威特）（以阿拉伯语发言）", name: "萨巴赫", title: "先生", country: "科威特", language: "ar")
        let china = Speaker(label: "吴海涛先生（中国）", name: "吴海涛", title: "先生", country: "中国", language: "zh")
        let s1 = Statement(
            index: 1, speaker: president,
            paragraphs: [
                Paragraph(text: p1, language: "ru", page: 2, references: [cite(p1, "S/2018/4", id: "S/2018/4", kind: .document)], lines: LineSpan(first: 5, last: 6)),
                Paragraph(text: p2, language: "ru", page: 2, lines: LineSpan(first: 7, last: 7)),
            ],
            lines: LineSpan(first: 5, last: 7), pages: LineSpan(first: 2, last: 2))
        let s2 = Statement(
            index: 2, speaker: kuwait,
            paragraphs: [
                Paragraph(text: p3, language: "ar", page: 3, references: [
                    cite(p3, "第1540（2004）号决议", id: "S/RES/1540 (2004)", kind: .scResolution),
                    cite(p3, "《不扩散核武器条约》", id: "《不扩散核武器条约》", kind: .instrument),
                ], lines: LineSpan(first: 8, last: 9)),
                Paragraph(text: p4, language: "ar", page: 4, references: [
                    cite(p4, "第1540（2004）号决议", id: "S/RES/1540 (2004)", kind: .scResolution),
                    cite(p4, "第2231（2015）号决议", id: "S/RES/2231 (2015)", kind: .scResolution),
                    cite(p4, "S/PV.3046", id: "S/PV.3046", kind: .document),
                ], lines: LineSpan(first: 10, last: 12)),
            ],
            notes: [Note(text: "（以英语发言）", language: "en", beforeParagraph: 1, page: 4, line: 10)],
            lines: LineSpan(first: 8, last: 12), pages: LineSpan(first: 3, last: 4))
        let s3 = Statement(
            index: 3, speaker: china,
            paragraphs: [
                Paragraph(text: p5, language: "zh", page: 5, references: [
                    cite(p5, "第1540（2004）号决议", id: "S/RES/1540 (2004)", kind: .scResolution),
                ], lines: LineSpan(first: 13, last: 13)),
            ],
            lines: LineSpan(first: 13, last: 13), pages: LineSpan(first: 5, last: 5))
        let references = [
            Reference(id: "S/2018/4", kind: .document, url: "https://undocs.org/zh/S/2018/4", mentions: 2, statements: [1]),
            Reference(id: "S/RES/1540 (2004)", kind: .scResolution, url: "https://undocs.org/zh/S/RES/1540(2004)", mentions: 3, statements: [2, 3]),
            Reference(id: "S/RES/2231 (2015)", kind: .scResolution, url: "https://undocs.org/zh/S/RES/2231(2015)", mentions: 1, statements: [2]),
            Reference(id: "S/PV.3046", kind: .document, url: "https://undocs.org/zh/S/PV.3046", mentions: 1, statements: [2]),
            Reference(id: "《不扩散核武器条约》", kind: .instrument, url: nil, mentions: 1, statements: [2]),
        ]
        return Record(
            meeting: Meeting(symbol: "S/PV.8160", body: "安全理事会", meetingNumber: 8160, date: "2018年1月18日", language: "zh"),
            agenda: [AgendaItem(title: agendaText, references: agenda.references, lines: agenda.lines)],
            procedural: [opening, agenda, closing],
            statements: [s1, s2, s3],
            blocks: [.procedural(0), .procedural(1), .statement(0), .statement(1), .statement(2), .procedural(2)],
            references: references)
    }

    /// A state on the sample record at `width` × `height`.
    static func state(_ width: Int = 120, _ height: Int = 24, colors: Bool = true) -> AppState {
        var state = AppState(record: record, path: "/records/S_PV.8160_zh.txt", colors: colors, size: Size(width: width, height: height))
        // The tests of the statement pane start on the opening line, as a record opened before the overview did.
        state.initialScreen = .start
        return state
    }
}
