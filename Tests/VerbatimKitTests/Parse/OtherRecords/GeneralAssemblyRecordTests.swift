import Testing
@testable import VerbatimKit

/// A General Assembly plenary record (`A/72/PV.5`), written in the grammar of the format notes
/// but unlike the fixture: another body, other speakers and labels, other citation forms, a
/// suspension, a vote, and other column widths and extractions.
@Suite struct GeneralAssemblyRecordTests {
    /// A part of the record: a line set as is, or a paragraph (a statement starts with its label).
    enum Part {
        case line(String)
        case paragraph(String)
    }

    static let parts: [Part] = [
        .line("上午9时5分开会。"),
        .paragraph("代理主席（以英语发言）：我谨代表大会，欢迎各位国家元首和政府首脑出席第七十二届会议一般性辩论。根据大会第71/258号决议以及文件A/72/1所载的建议，每位发言者的发言时间限于15分钟。"),
        .paragraph("我现在请秘书长安东尼奥·古特雷斯先生发言。"),
        .paragraph("古特雷斯秘书长（以英语发言）：我们是一个处于危险中的世界。全球对核武器的担忧达到冷战以来的最高点。安全理事会第2371（2017）号、第2375（2017）号和第2397（2017）号决议必须得到充分执行。我们必须继续推动《禁止核武器条约》（《禁核条约》）的对话，同时维护《不扩散核武器条约》（《不扩散条约》）。"),
        .line("（以法语发言）"),
        .paragraph("《不扩散条约》是国际安全的基石。《条约》的审议大会将于2020年举行。我还提请各位注意我的报告（S/2017/1000）以及大会第72/1号决议。"),
        .line("（以英语发言）"),
        .paragraph("最后，我要说，我们共同的未来取决于我们今天的选择。"),
        .paragraph("王毅先生（中国）：主席先生，首先，我谨祝贺你当选第七十二届联大主席。中方支持安理会第2334（2016）号决议，也支持第255 (1968)号和第984 (1995)号决议所体现的安全保证。"),
        .paragraph("关于朝鲜半岛问题，安理会第1718（2006）号决议所设委员会的工作十分重要。我们呼吁各方全面执行《联合全面行动计划》（《全面行动计划》），《行动计划》是多边主义的重要成果。"),
        .paragraph("让-伊夫·勒德里昂先生（法国）（以法语发言）：法国坚定支持多边主义。我们欢迎文件S/2017/1000和A/72/1所载的分析。"),
        .line("会议于下午1时10分暂停，下午3时复会。"),
        .paragraph("主席（以英语发言）：现在进行表决。"),
        .paragraph("进行记录表决。"),
        .paragraph("决议草案A/72/L.1以128票赞成、9票反对、35票弃权获得通过（第72/1号决议）。"),
        .paragraph("萨巴赫先生（科威特）（以阿拉伯语发言）：我们赞同秘书长的发言。大会第71/258号决议以及安理会第2231（2015）号决议都很重要。"),
        .line("下午6时散会。"),
    ]

    static let cover = [
        "联合国", "A/72/PV.5", "大会", "第七十二届会议", "第5次全体会议", "2017年9月19日星期二上午9时在纽约举行",
        "正式记录", "主席：莱恰克先生…………………………………………（斯洛伐克）",
        "本记录包括中文发言的文本和其他语言发言的译文。", "17-29181 (C)",
    ]

    static func typeset(width: Int, linesPerPage: Int = 30, cover: Bool = false) -> TypesetRecord {
        var record = TypesetRecord(width: width, linesPerPage: linesPerPage)
        if cover { record.cover = Self.cover }
        for part in parts {
            switch part {
            case .line(let text): record.line(text)
            case .paragraph(let text): record.paragraph(text)
            }
        }
        return record
    }

    static let expectedSpeakers = [
        "1|代理主席（以英语发言）|-|-|president|-|en",
        "2|古特雷斯秘书长（以英语发言）|古特雷斯|秘书长|secretary-general|-|en",
        "3|王毅先生（中国）|王毅|先生|speaker|中国|zh",
        "4|让-伊夫·勒德里昂先生（法国）（以法语发言）|让-伊夫·勒德里昂|先生|speaker|法国|fr",
        "5|主席（以英语发言）|-|-|president|-|en",
        "6|萨巴赫先生（科威特）（以阿拉伯语发言）|萨巴赫|先生|speaker|科威特|ar",
    ]

    /// The statements' paragraphs as written, without labels.
    static var expectedParagraphs: [[String]] {
        var statements: [[String]] = []
        for case .paragraph(let text) in parts {
            if let colon = text.firstIndex(of: "："), text[..<colon].hasSuffix("发言）") || text[..<colon].hasSuffix("）") {
                statements.append([String(text[text.index(after: colon)...])])
            } else {
                statements[statements.count - 1].append(text)
            }
        }
        return statements
    }

    func check(_ record: Record, input: String, paragraphs: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Fixture.speakers(record) == Self.expectedSpeakers, sourceLocation: sourceLocation)
        #expect(Fixture.squeezed(record.text) == Fixture.squeezed(input), sourceLocation: sourceLocation)
        #expect(record.meeting.openedAt == "上午9时5分", sourceLocation: sourceLocation)
        #expect(record.meeting.closedAt == "下午6时", sourceLocation: sourceLocation)
        #expect(record.unattributed.isEmpty, sourceLocation: sourceLocation)
        if paragraphs {
            #expect(record.statements.map { $0.paragraphs.map(\.text) } == Self.expectedParagraphs, sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [44, 45])
    func statementsAndParagraphsAtEveryWidth(width: Int) {
        let input = Self.typeset(width: width).text
        check(RecordLoader.parse(input), input: input)
    }

    @Test func narrowColumnsKeepSpeakersAndText() {
        let input = Self.typeset(width: 30, linesPerPage: 40).text
        check(RecordLoader.parse(input), input: input, paragraphs: false)
    }

    @Test func languageNotesSwitchTheParagraphsOfTheSecretaryGeneral() throws {
        let record = RecordLoader.parse(Self.typeset(width: 44).text)
        let statement = try #require(record.statements.dropFirst().first)
        #expect(statement.notes.map(\.text) == ["（以法语发言）", "（以英语发言）"])
        #expect(statement.paragraphs.map(\.language) == ["en", "fr", "en"])
    }

    @Test func citationsInEveryWrittenForm() {
        let record = RecordLoader.parse(Self.typeset(width: 44).text)
        let refs = Set(Fixture.references(record))
        for expected in [
            "A/RES/71/258|ga-resolution|2|[1, 6]", "A/72/1|document|2|[1, 4]",
            "S/RES/2371 (2017)|sc-resolution|1|[2]", "S/RES/2375 (2017)|sc-resolution|1|[2]",
            "S/RES/2397 (2017)|sc-resolution|1|[2]", "S/2017/1000|document|2|[2, 4]",
            "A/RES/72/1|ga-resolution|2|[2, 5]", "S/RES/2334 (2016)|sc-resolution|1|[3]",
            "S/RES/255 (1968)|sc-resolution|1|[3]", "S/RES/984 (1995)|sc-resolution|1|[3]",
            "S/RES/1718 (2006)|sc-resolution|1|[3]", "A/72/L.1|document|1|[5]",
            "S/RES/2231 (2015)|sc-resolution|1|[6]",
            // Full name, short form, short form again, and the generic 《条约》.
            "NPT|instrument|4|[2]", "TPNW|instrument|2|[2]",
            "JCPOA|instrument|3|[3]",
        ] {
            #expect(refs.contains(expected), "\(expected)")
        }
        #expect(!record.references.contains { $0.id.contains("《条约》") || $0.id.contains("《行动计划》") })
        let url = record.references.first { $0.id == "A/RES/71/258" }?.url
        #expect(url == "https://undocs.org/zh/A/RES/71/258")
    }

    @Test func coverPageGivesTheMeetingAndPageOne() {
        let input = Self.typeset(width: 44, cover: true).text
        let record = RecordLoader.parse(input)
        check(record, input: input.replacingOccurrences(of: "…", with: ""))
        #expect(record.meeting.symbol == "A/72/PV.5")
        #expect(record.meeting.body == "大会")
        #expect(record.meeting.isoDate == "2017-09-19")
        #expect(record.meeting.president == "莱恰克先生")
        #expect(record.meeting.presidentCountry == "斯洛伐克")
        #expect(record.meeting.jobNumber == "17-29181 (C)")
        #expect(record.meeting.status == .final)
        #expect(record.procedural.first?.kind == .coverPage)
        #expect(record.procedural.first?.page == 1)
        #expect(record.statements.first?.pages.first == 2)
    }

    @Test func pdftotextPagesComeFromTheFooters() {
        let typeset = Self.typeset(width: 44, cover: true)
        let input = typeset.pdftotext(
            header: { $0 % 2 == 0 ? "A/72/PV.5    一般性辩论    19/09/2017" : "19/09/2017    一般性辩论    A/72/PV.5" },
            footer: { $0 % 2 == 0 ? "17-29181    \($0)/\($1)" : "\($0)/\($1)    17-29181" })
        let record = RecordLoader.parse(input)
        #expect(Fixture.speakers(record) == Self.expectedSpeakers)
        #expect(record.statements.map { $0.paragraphs.map(\.text) } == Self.expectedParagraphs)
        #expect(record.meeting.symbol == "A/72/PV.5")
        // Headers, footers and dot leaders are artifacts: everything else is kept.
        var body = input.replacingOccurrences(of: "…", with: "")
        let total = 3  // the cover and two pages of 30 lines
        for page in 2...total {
            for artifact in ["A/72/PV.5    一般性辩论    19/09/2017", "19/09/2017    一般性辩论    A/72/PV.5",
                             "17-29181    \(page)/\(total)", "\(page)/\(total)    17-29181"] {
                body = body.replacingOccurrences(of: artifact + "\n", with: "")
            }
        }
        #expect(Fixture.squeezed(record.text) == Fixture.squeezed(body))
        #expect(record.statements.last?.pages.last == total)
        #expect(record.statements.first?.pages.first == 2)
    }
}
