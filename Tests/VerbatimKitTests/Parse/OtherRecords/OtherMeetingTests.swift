import Testing
@testable import VerbatimKit

/// Forms met in records of other meetings: headings before labels, labels wrapped before their
/// parentheses, vote lists, suspensions, and citations split across lines.
@Suite struct OtherMeetingTests {
    static let filler = "各国代表团在本届会议期间提出了许多重要的意见和建议，我们认真听取了这些意见。"

    static func record(width: Int = 44, _ build: (inout TypesetRecord) -> Void) -> Record {
        var typeset = TypesetRecord(width: width, linesPerPage: 40)
        build(&typeset)
        return RecordLoader.parse(typeset.text)
    }

    static func labels(_ record: Record) -> [String] { record.statements.map(\.speaker.label) }

    @Test(arguments: [44, 30])
    func aLabelAfterAHeadingStartsAStatement(width: Int) {
        let record = Self.record(width: width) { r in
            r.line("上午9时5分开会。")
            r.line("议程项目8（续）")
            r.line("一般性辩论")
            r.paragraph("主席（以英语发言）：" + Self.filler + Self.filler)
            r.paragraph("美利坚合众国总统唐纳德·特朗普先生的讲话")
            r.paragraph("特朗普总统（以英语发言）：" + Self.filler)
            r.line("下午6时散会。")
        }
        #expect(Self.labels(record) == ["主席（以英语发言）", "特朗普总统（以英语发言）"])
        #expect(record.procedural.filter { $0.kind == .agendaItem }.map(\.text) == ["议程项目8（续）", "一般性辩论"])
        #expect(record.statements[0].paragraphs.last?.text == "美利坚合众国总统唐纳德·特朗普先生的讲话")
    }
}
