import Testing
@testable import VerbatimKit

/// The small recognisers, on forms of labels, notes and citations other records use.
@Suite struct RecognizerTests {
    func statements(_ text: String) -> [Statement] { RecordLoader.parse(text).statements }

    @Test func labelForms() {
        let text = """
            主席：我宣布会议开始。
            代理主席（以法语发言）：我感谢他。
            秘书长（以英语发言）：谢谢。
            古特雷斯秘书长：谢谢。
            张军先生（中国）：中国支持。
            费尔特曼先生（以英语发言）：我谨通报。
            奥迪先生（联合国维持和平行动部）（以英语发言）：我谨通报。
            玛丽亚·费尔南达·埃斯皮诺萨·加塞斯女士（厄瓜多尔）（以西班牙语发言）：我感谢。
            阿勒哈利法王储殿下（巴林）（以阿拉伯语发言）：我感谢。
            """
        let s = statements(text)
        #expect(s.count == 9)
        #expect(s[0].speaker.role == .president && s[0].speaker.language == "zh")
        #expect(s[1].speaker.role == .president && s[1].speaker.language == "fr")
        #expect(s[2].speaker.role == .secretaryGeneral)
        #expect(s[3].speaker.role == .secretaryGeneral && s[3].speaker.name == "古特雷斯")
        #expect(s[4].speaker.country == "中国" && s[4].speaker.language == "zh")
        #expect(s[5].speaker.country == nil && s[5].speaker.language == "en")
        #expect(s[6].speaker.country == "联合国维持和平行动部")
        #expect(s[7].speaker.name == "玛丽亚·费尔南达·埃斯皮诺萨·加塞斯" && s[7].speaker.title == "女士")
        #expect(s[8].speaker.title == "殿下" && s[8].speaker.country == "巴林" && s[8].speaker.language == "ar")
    }

    @Test func sentencesWithColonsAreNotLabels() {
        let text = """
            主席：我谨指出以下几点：
            主席先生：我们感谢你。
            我谨反问：谁否决了草案？
            关于伊黎伊斯兰国（达伊沙）：我们认为需要行动。
            """
        let s = statements(text)
        #expect(s.count == 1)
        #expect(s[0].paragraphs.count == 4)
    }

    @Test func notesSwitchTheLanguageOfLaterParagraphs() {
        let text = """
            主席（以俄语发言）：我现在以本国代表的身份发言。
            （以哈萨克语发言）
            第一段。
            （以俄语发言）
            第二段。
            会议于上午11时5分暂停，11时20分复会。
            第三段。
            """
        let s = statements(text)
        #expect(s.count == 1)
        #expect(s[0].paragraphs.map(\.language) == ["ru", "kk", "ru", "ru"])
        #expect(s[0].notes.map(\.beforeParagraph) == [1, 2, 3])
        #expect(s[0].notes[2].language == nil)
    }

    @Test func aNoteAfterAFullLineIsStillANote() {
        let text = """
            主席：我们认为，安全理事会应当在这一问题上发挥领导作用，并确保其决定得到执行。
            （代表团离开会议厅）
            我继续发言。
            """
        let s = statements(text)
        #expect(s.first?.notes.map(\.text) == ["（代表团离开会议厅）"])
        #expect(s.first?.paragraphs.count == 2)
    }

    @Test func invitationGivesTheCountry() {
        let text = """
            主席：我现在请科威特副总理兼外交大臣发言。
            萨巴赫先生：谢谢。
            主席：我现在请尊敬的巴西外交部长发言。
            努内斯部长：谢谢。
            主席：我现在请下一位发言者发言。
            某某先生：谢谢。
            """
        let s = statements(text)
        #expect(s[1].speaker.country == "科威特" && s[1].speaker.countryInferred)
        #expect(s[3].speaker.country == "巴西" && s[3].speaker.countryInferred)
        #expect(s[5].speaker.country == nil && !s[5].speaker.countryInferred)
    }

    func citations(_ text: String) -> [Citation] {
        RecordLoader.parse("主席：" + text + "\n").statements.first?.paragraphs.flatMap(\.references) ?? []
    }

    @Test func resolutionForms() {
        #expect(citations("第1540（2004）号决议").map(\.id) == ["S/RES/1540 (2004)"])
        #expect(citations("第1540（2004）号决议").first?.text == "第1540（2004）号决议")
        #expect(citations("第255 (1968)号和第984 (1995)号决议").map(\.id) == ["S/RES/255 (1968)", "S/RES/984 (1995)"])
        #expect(citations("第1267（1999）、1989（2011）和2253（2015）号决议").map(\.id)
            == ["S/RES/1267 (1999)", "S/RES/1989 (2011)", "S/RES/2253 (2015)"])
        let ga = citations("大会第70/47号决议和第71/258号决议")
        #expect(ga.map(\.id) == ["A/RES/70/47", "A/RES/71/258"] && ga.allSatisfy { $0.kind == .gaResolution })
        // Another council's numbering is not the Assembly's; pages and ordinals are not resolutions.
        #expect(citations("人权理事会第5/1号决议").isEmpty)
        #expect(citations("第5页，第一，第2231（2015）号").isEmpty)
    }

    @Test func documentSymbols() {
        let c = citations("文件S/2018/4、S / 2018/4（A/70/PV.3，第5页）和S/RES/2231 (2015)以及A/C.1/72/L.1。")
        #expect(c.map(\.id) == ["S/2018/4", "S/2018/4", "A/70/PV.3", "S/RES/2231 (2015)", "A/C.1/72/L.1"])
        #expect(c.map(\.kind) == [.document, .document, .document, .scResolution, .document])
        #expect(c[1].text == "S / 2018/4")
        #expect(citations("ABC/DEF，AIDS").map(\.id) == [])
    }

    @Test func instrumentsAndBackReferences() {
        let c = citations("《联合全面行动计划》(《全面行动计划》）很重要，《全面行动计划》和《行动计划》，还有《宪章》。")
        #expect(c.map(\.id) == ["JCPOA", "JCPOA", "JCPOA", "JCPOA", nil])
        // Back-references stay within their statement.
        let record = RecordLoader.parse("主席：《不扩散核武器条约》很好。\n张先生（中国）：《条约》很好。\n")
        #expect(record.statements[1].paragraphs[0].references.first?.id == nil)
        #expect(!record.references.contains { $0.id == "《条约》" })
    }

    @Test func pageArtifacts() {
        func classify(_ s: String, pageOnly: Bool = false) -> PageArtifact? {
            var text = s
            return text.withUTF8 { PageArtifact.classify($0, start: 0, end: $0.count, pageOnly: pageOnly) }
        }
        #expect(classify("S/PV.8160    不扩散大规模毁灭性武器    18/01/2018") == .header)
        #expect(classify("18/01/2018    不扩散大规模毁灭性武器    S/PV.8160") == .header)
        #expect(classify("18-01234    3/26") == .footer(page: 3))
        #expect(classify("3/26    18-01234 (C)") == .footer(page: 3))
        #expect(classify("3/26") == nil)
        #expect(classify("3/26", pageOnly: true) == .footer(page: 3))
        #expect(classify("2018年1月18日") == nil)
        #expect(classify("S/2018/4") == nil)
    }

    @Test func proceduralLines() {
        func kind(_ s: String) -> LineKind.Procedural? {
            var text = s
            return text.withUTF8 { LineKind.procedural($0, 0, $0.count) }
        }
        #expect(kind("上午10时20分开会。") == .opening(time: "上午10时20分"))
        #expect(kind("下午3时开会。") == .opening(time: "下午3时"))
        #expect(kind("下午1时散会。") == .closing(time: "下午1时"))
        #expect(kind("通过议程") == .agendaAdoption)
        #expect(kind("议程通过。") == .agendaAdoption)
        #expect(kind("会议于下午1时5分暂停，下午3时复会。") == .suspension)
        #expect(kind("我们决定明天开会。") == nil)
    }
}

/// Forms met in other records: nested parentheses in labels, General Assembly agenda items.
@Suite struct OtherRecordTests {
    @Test func nestedParenthesesInALabel() {
        let record = RecordLoader.parse("拉米雷斯先生（委内瑞拉（玻利瓦尔共和国））（以西班牙语发言）：我感谢主席。\n")
        #expect(record.statements.count == 1)
        #expect(record.statements.first?.speaker.country == "委内瑞拉（玻利瓦尔共和国）")
        #expect(record.statements.first?.speaker.language == "es")
    }

    @Test func generalAssemblyAgendaItems() {
        let text = """
            上午10时开会。
            议程项目68（续）
            促进和保护人权
            代理主席（以英语发言）：我请下一位发言者发言。
            """
        let record = RecordLoader.parse(text)
        #expect(record.agenda.map(\.title) == ["议程项目68（续）", "促进和保护人权"])
        #expect(record.statements.count == 1)
        #expect(record.unattributed.isEmpty)
    }
}

@Suite struct ParagraphTests {
    @Test func aShortHeadingIsAParagraphOfItsOwn() {
        let text = """
            主席：我谨发言如下。
            第一部分
            安全理事会现在开始审议其议程上的项目。我谨提请安理
            会成员注意文件。
            """
        let s = RecordLoader.parse(text).statements
        #expect(s.first?.paragraphs.map(\.text) == ["我谨发言如下。", "第一部分", "安全理事会现在开始审议其议程上的项目。我谨提请安理会成员注意文件。"])
    }
}
