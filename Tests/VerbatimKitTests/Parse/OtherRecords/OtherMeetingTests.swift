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

    @Test func aLabelMayWrapBeforeItsParentheses() {
        let record = Self.record { r in
            r.line("上午10时开会。")
            r.paragraph("王毅先生（中国）：" + Self.filler + Self.filler + Self.filler)
            r.line("穆罕默德·阿卜杜勒拉赫曼·阿勒萨尼先生")
            r.line("（卡塔尔）（以阿拉伯语发言）：我们赞同。")
            r.paragraph(Self.filler)
            r.line("下午1时散会。")
        }
        #expect(Self.labels(record) == ["王毅先生（中国）", "穆罕默德·阿卜杜勒拉赫曼·阿勒萨尼先生（卡塔尔）（以阿拉伯语发言）"])
        let speaker = record.statements[1].speaker
        #expect(speaker.name == "穆罕默德·阿卜杜勒拉赫曼·阿勒萨尼" && speaker.country == "卡塔尔" && speaker.language == "ar")
        #expect(record.statements[1].paragraphs.map(\.text) == ["我们赞同。", Self.filler])
    }

    @Test func suspensionsBetweenStatementsAreProceduralLines() {
        let record = Self.record { r in
            r.line("上午10时开会。")
            r.paragraph("主席（以英语发言）：" + Self.filler + Self.filler)
            r.line("下午1时10分休会。")
            r.line("下午3时复会。")
            r.line("上午11时50分会议暂停，中午12时复会。")
            r.paragraph("王毅先生（中国）：" + Self.filler)
            r.line("下午6时散会。")
        }
        #expect(record.procedural.map(\.kind) == [.opening, .suspension, .resumption, .suspension, .closing])
        #expect(record.statements.count == 2)
        #expect(record.statements[0].paragraphs.count == 1 && record.statements[0].notes.isEmpty)
        #expect(record.meeting.closedAt == "下午6时")
    }

    @Test func voteListHeadingsStandAlone() {
        let record = Self.record { r in
            r.line("上午10时开会。")
            r.paragraph("主席（以英语发言）：" + Self.filler + Self.filler)
            r.paragraph("现在进行记录表决。")
            r.line("赞成：")
            r.paragraph("阿富汗、阿尔巴尼亚、阿尔及利亚、安道尔、安哥拉、安提瓜和巴布达、阿根廷、亚美尼亚、澳大利亚、奥地利")
            r.line("反对：")
            r.paragraph("以色列、美利坚合众国")
            r.line("弃权：")
            r.paragraph("加拿大、捷克共和国")
            r.paragraph("决议草案A/72/L.1获得通过。")
            r.line("下午1时散会。")
        }
        #expect(record.statements[0].paragraphs.suffix(7).map(\.text) == [
            "赞成：", "阿富汗、阿尔巴尼亚、阿尔及利亚、安道尔、安哥拉、安提瓜和巴布达、阿根廷、亚美尼亚、澳大利亚、奥地利",
            "反对：", "以色列、美利坚合众国", "弃权：", "加拿大、捷克共和国", "决议草案A/72/L.1获得通过。",
        ])
    }

    /// A first line holds 40 columns at width 44: a one-line paragraph of 38 columns ends where
    /// the next paragraph's first ideograph would still have fitted.
    @Test func aShortOneLineParagraphEndsItself() {
        let short = "我们认真听取这些意见和建议并作出回应。"
        let record = Self.record { r in
            r.line("上午10时开会。")
            r.paragraph("主席（以英语发言）：" + Self.filler)
            r.paragraph(short)
            r.paragraph("谢谢。")
            r.line("下午1时散会。")
        }
        #expect(record.statements[0].paragraphs.map(\.text) == [Self.filler, short, "谢谢。"])
    }

    /// `决议，特别是第2371（2017）号和第2375（2017）` fills its line; the next line is short only
    /// because the document symbol after it did not fit.
    @Test func aLineKeptShortByLayoutDoesNotStartAParagraph() {
        let text = "我们回顾安理会的各项决议，特别是第2371（2017）号和第2375（2017）号决议，以及秘书长在报告中提出的建议，即S/2017/1000号文件。"
        let record = Self.record { r in
            r.line("上午10时开会。")
            r.paragraph("王毅先生（中国）：" + Self.filler)
            r.line("主席（以英语发言）：我们回顾安理会的各项")
            r.line("决议，特别是第2371（2017）号和第2375（2017）")
            r.line("号决议，以及秘书长在报告中提出的建议，即")
            r.line("S/2017/1000号文件。")
            r.line("下午1时散会。")
        }
        let paragraphs = record.statements[1].paragraphs
        #expect(paragraphs.map(\.text) == [text])
        #expect(paragraphs.first?.references.map(\.id) == ["S/RES/2371 (2017)", "S/RES/2375 (2017)", "S/2017/1000"])
    }

    /// Only a State (or observer) named before the office gives the country; an organ of the
    /// United Nations or a run of offices gives none.
    @Test(arguments: [
        ("我现在请中华人民共和国国务委员兼外交部长王毅先生发言。", "王毅先生", "中华人民共和国"),
        ("我现在请联合国难民事务高级专员菲利波·格兰迪先生发言。", "格兰迪先生", nil),
        ("我现在请大会主席米罗斯拉夫·莱恰克先生发言。", "莱恰克先生", nil),
        ("我现在请巴勒斯坦观察员发言。", "曼苏尔先生", "巴勒斯坦"),
    ] as [(String, String, String?)])
    func invitationsNameOnlyStates(invitation: String, label: String, country: String?) {
        let record = Self.record { r in
            r.line("上午10时开会。")
            r.paragraph("主席（以英语发言）：" + Self.filler)
            r.paragraph(invitation)
            r.paragraph(label + "（以英语发言）：" + Self.filler)
            r.line("下午1时散会。")
        }
        #expect(record.statements.count == 2)
        #expect(record.statements.last?.speaker.country == country)
        #expect(record.statements.last?.speaker.countryInferred == (country != nil))
    }

    @Test func symbolsBrokenAfterASlashStayWhole() {
        let record = Self.record { r in
            r.line("上午10时开会。")
            r.paragraph("主席（以英语发言）：" + Self.filler)
            r.line("我们欢迎大会第71/")
            r.line("258号决议和文件S/2017/")
            r.line("1000。")
            r.line("下午1时散会。")
        }
        let paragraph = record.statements[0].paragraphs.last
        #expect(paragraph?.text == "我们欢迎大会第71/258号决议和文件S/2017/1000。")
        #expect(paragraph?.references.map(\.id) == ["A/RES/71/258", "S/2017/1000"])
    }

    @Test func resolutionListsNamedByALaterWord() {
        let text = "安理会第242（1967）号和第338（1973）号两项决议、第2371（2017）号、第2375（2017）号和第2397（2017）号等决议，"
            + "第2231（2015）号和其他相关决议，还有大会第ES-10/19号决议。第5（2017）号文件，不是决议。"
        let ids = RecordLoader.parse("主席：" + text + "\n").statements.first?.paragraphs.flatMap(\.references).map(\.id)
        #expect(ids == [
            "S/RES/242 (1967)", "S/RES/338 (1973)", "S/RES/2371 (2017)", "S/RES/2375 (2017)", "S/RES/2397 (2017)",
            "S/RES/2231 (2015)", "A/RES/ES-10/19",
        ])
    }

    /// Short paragraphs give more first lines (40 columns) than full ones (44).
    @Test func aShortRecordsWidthIsItsFullLines() {
        let text = "各国代表团在本届会议期间提出了许多重要的意见和建议，我们认真听取。"
        let record = Self.record { r in
            r.line("上午10时开会。")
            r.paragraph("主席（以英语发言）：" + text)
            for _ in 0..<4 { r.paragraph(text) }
            r.paragraph(text + text)
            r.line("下午1时散会。")
        }
        #expect(record.statements.first?.paragraphs.map(\.text) == [text, text, text, text, text, text + text])
    }

    @Test func latinNamesKeepTheirSpaces() {
        let s = RecordLoader.parse("主席：请发言。\nMr. Smith（联合王国）（以英语发言）：谢谢。\n杜 达总统（以英语发言）：谢谢。\n").statements
        #expect(s.map(\.speaker.label) == ["主席", "Mr. Smith（联合王国）（以英语发言）", "杜达总统（以英语发言）"])
        #expect(s[1].speaker.name == "Mr. Smith" && s[1].speaker.country == "联合王国")
    }

    /// A short line that leaves a citation open does not end the paragraph.
    @Test func aParagraphDoesNotEndInsideACitation() {
        let record = Self.record { r in
            r.line("上午10时开会。")
            r.paragraph("主席（以英语发言）：" + Self.filler)
            r.line("安理会第")
            r.line("2334（2016）号决议十分重要。")
            r.line("安理会第2334（2016")
            r.line("）号决议十分重要。")
            r.line("我们欢迎《禁止化学武器")
            r.line("公约》。")
            r.line("下午1时散会。")
        }
        #expect(record.statements[0].paragraphs.dropFirst().map(\.text) == [
            "安理会第2334（2016）号决议十分重要。", "安理会第2334（2016）号决议十分重要。", "我们欢迎《禁止化学武器公约》。",
        ])
        #expect(record.references.map(\.id).contains("CWC"))
    }

    /// At 30 columns a long name fills its line and goes on in the next.
    @Test func aLongNameMayWrap() {
        let record = Self.record(width: 30) { r in
            r.line("上午10时开会。")
            r.paragraph("主席（以英语发言）：" + Self.filler)
            r.line("德尔菲娜·奥尔蒂斯·德·萨")
            r.line("拉特先生（多")
            r.line("民族玻利维亚国）（以西班牙语发")
            r.line("言）：我们赞同。")
            r.paragraph(Self.filler)
            r.line("下午1时散会。")
        }
        #expect(Self.labels(record) == ["主席（以英语发言）", "德尔菲娜·奥尔蒂斯·德·萨拉特先生（多民族玻利维亚国）（以西班牙语发言）"])
        #expect(record.statements.last?.speaker.country == "多民族玻利维亚国")
        #expect(record.statements.first?.paragraphs.map(\.text) == [Self.filler])
    }

    /// The rules above leave the fixture's paragraphs as they were: a first line crowded with
    /// brackets goes on, and a symbol written with spaces keeps them.
    @Test func theFixturesParagraphsStay() {
        let all = Fixture.record.statements.flatMap(\.paragraphs).map(\.text)
        #expect(all.contains { $0.hasPrefix("《不扩散核武器条约》（《不扩散条约》）仍是全球裁军和不扩散") })
        #expect(all.contains { $0.contains("概念说明（S / 2018/4，附件）") })
    }
}
