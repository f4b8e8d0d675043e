import Testing
@testable import VerbatimKit

/// The facts of the reference record (S/PV.8160, Chinese) that the parser must get right.
@Suite struct FixtureRecordTests {
    let record = Fixture.record

    @Test func hasTwentyFourStatementsInOrder() {
        #expect(record.statements.count == 24)
        #expect(record.statements.map(\.index) == Array(1...24))
        #expect(record.warnings.isEmpty)
        #expect(record.unattributed.isEmpty)
    }

    @Test func speakersHaveTheirParts() throws {
        let s = record.statements
        #expect(s[0].speaker.role == .president && s[0].speaker.name == nil && s[0].speaker.language == "ru")
        #expect(s[0].speaker.label == "主席（以俄语发言）")
        #expect(s[1].speaker.role == .secretaryGeneral && s[1].speaker.language == "en")
        // 杜达总统 has no country in the label: it comes from `我现在请波兰总统发言。`.
        #expect(s[3].speaker.name == "杜达" && s[3].speaker.title == "总统")
        #expect(s[3].speaker.country == "波兰" && s[3].speaker.countryInferred)
        #expect(s[5].speaker.name == "萨巴赫" && s[5].speaker.title == "先生")
        #expect(s[5].speaker.country == "科威特" && !s[5].speaker.countryInferred && s[5].speaker.language == "ar")
        #expect(s[9].speaker.title == "夫人" && s[9].speaker.country == "美利坚合众国")
        #expect(s[11].speaker.name == "略伦蒂·索利斯" && s[11].speaker.country == "多民族玻利维亚国")
        #expect(s[11].speaker.label == "略伦蒂·索利斯先生（多民族玻利维亚国）（以西班牙语发言）")
        #expect(s[12].speaker.name == "梅萨-夸德拉" && s[12].speaker.language == "es")
        #expect(s[14].speaker.language == "fr")
        #expect(s[17].speaker.name == "吴海涛" && s[17].speaker.country == "中国" && s[17].speaker.language == "zh")
        #expect(s[18].speaker.name == "范·伍斯特隆姆")
        // A label broken inside its parenthesis.
        #expect(s[19].speaker.label == "恩东·姆巴先生（赤道几内亚）（以西班牙语发言）")
        #expect(s[19].speaker.country == "赤道几内亚" && s[19].speaker.language == "es")
        #expect(s[20].speaker.role == .president && s[20].speaker.language == "en")
        #expect(s[23].speaker.name == "菲尔德" && s[23].speaker.country == "联合王国")
        let languages = s.map(\.speaker.language)
        #expect(languages == ["ru", "en", "ru", "en", "ru", "ar", "ru", "ru", "ru", "en", "en", "es", "es", "en", "fr",
                              "fr", "en", "zh", "en", "es", "en", "ru", "en", "en"])
    }

    @Test func statementThreeSwitchesToKazakhAndBack() throws {
        let s = record.statements[2]
        #expect(s.notes.count == 2)
        #expect(s.notes[0].text == "（以哈萨克语发言；英文口译由代表团提供）" && s.notes[0].language == "kk")
        #expect(s.notes[1].text == "（以俄语发言）" && s.notes[1].language == "ru")
        let kk = s.notes[0].beforeParagraph
        let ru = s.notes[1].beforeParagraph
        #expect(kk == 2 && ru > kk)
        #expect(s.paragraphs[..<kk].allSatisfy { $0.language == "ru" })
        #expect(s.paragraphs[kk..<ru].allSatisfy { $0.language == "kk" })
        #expect(s.paragraphs[ru...].allSatisfy { $0.language == "ru" })
        #expect(s.paragraphs[kk].text.hasPrefix("我高兴地欢迎各位参加本次专题通报会。"))
    }

    @Test func proceduralLinesAndAgenda() {
        let kinds = record.procedural.map(\.kind)
        #expect(kinds == [.opening, .agendaAdoption, .agendaAdoption, .agendaItem, .agendaItem, .agendaItem, .closing])
        #expect(record.meeting.openedAt == "上午10时20分")
        #expect(record.meeting.closedAt == "下午1时")
        #expect(record.agenda.map(\.title) == [
            "不扩散大规模毁灭性武器", "建立信任措施", "2018年1月2日哈萨克斯坦常驻联合国代表给秘书长的信（S/2018/4）",
        ])
        #expect(record.agenda[2].references.map(\.id) == ["S/2018/4"])
        #expect(record.agenda[2].lines == LineSpan(first: 11, last: 13))
        // Without a cover page nothing about the meeting is guessed but the symbol the file is
        // named after, marked as inferred.
        #expect(record.meeting.president == nil && record.meeting.status == .unknown)
        #expect(record.meeting.symbol == "S/PV.8160" && record.meeting.symbolSource == .fileName)
        #expect(RecordLoader.parse(Fixture.text).meeting.symbol == nil)
        guard case .procedural(0)? = record.blocks.first, case .procedural(6)? = record.blocks.last else {
            Issue.record("blocks do not start with the opening and end with the closing")
            return
        }
    }

    @Test func paragraphBoundariesFollowTheOriginal() {
        let first = record.statements[0].paragraphs.map(\.text)
        #expect(first.count == 4)
        #expect(first[1] == "安全理事会现在开始审议其议程上的项目。")
        #expect(first[2].hasPrefix("我谨提请安理会成员注意文件S/2018/4，其中"))
        #expect(first[2].hasSuffix("书长的信，转递关于审议中项目的概念说明。"))
        #expect(first[3] == "我现在请安东尼奥•古特雷斯秘书长阁下发言。")
        let total = record.statements.reduce(0) { $0 + $1.paragraphs.count }
        #expect((200...225).contains(total), "paragraphs: \(total)")
        // No paragraph ends in the middle of a sentence.
        for s in record.statements {
            for p in s.paragraphs {
                let last = p.text.unicodeScalars.last!
                #expect("。！？：；”）".unicodeScalars.contains(last), "statement \(s.index): \(p.text.suffix(20))")
            }
        }
    }

    @Test func joiningRemovesArtifacts() {
        let all = record.statements.flatMap(\.paragraphs).map(\.text)
        // Latin words broken over lines get one space; CJK never.
        #expect(all.contains { $0.contains("第255 (1968)号和第984 (1995)号决议") })
        #expect(all.contains { $0.contains("越国界。正因为如此") })
        #expect(!all.contains { $0.contains(" 。") || $0.contains("\n") })
        #expect(all.contains { $0.contains("凯拉特•阿卜杜拉赫曼诺夫") })
    }

    @Test func pagesAsPrinted() {
        #expect(record.procedural[0].page == 2)
        #expect(record.statements[0].pages.first == 2)
        #expect(record.statements.last!.pages.last == 24)
        #expect(record.procedural.last!.page == 24)
        // Pages never go back.
        let pages = record.statements.flatMap(\.paragraphs).map(\.page)
        #expect(pages == pages.sorted())
        #expect(Set(pages).count >= 20)
        // Line 138 starts page 3 with a leading space in the middle of a paragraph: the
        // paragraph starts on page 2, the next one on page 3.
        let s2 = record.statements[1]
        let k = s2.paragraphs.firstIndex { $0.lines.first <= 138 && $0.lines.last >= 138 }!
        #expect(s2.paragraphs[k].page == 2 && s2.paragraphs[k + 1].page == 3)
        #expect(s2.pages == LineSpan(first: 2, last: 3))
        // Line 277, the Kazakh note, starts page 4.
        #expect(record.statements[2].notes[0].page == 4)
    }

    @Test func resolutionCitations() throws {
        let r = Dictionary(uniqueKeysWithValues: record.references.map { ($0.id, $0) })
        let r1540 = try #require(r["S/RES/1540 (2004)"])
        #expect(r1540.mentions == 15 && r1540.statements.count == 10)
        #expect(r1540.url == "https://undocs.org/zh/S/RES/1540(2004)")
        #expect(r["S/RES/2231 (2015)"]?.mentions == 6)
        let sc = record.references.filter { $0.kind == .scResolution }
        let ga = record.references.filter { $0.kind == .gaResolution }
        #expect(sc.count == 12 && ga.count == 2)
        #expect(Set(ga.map(\.id)) == ["A/RES/70/47", "A/RES/59/91"])
        // A list gives one citation per resolution.
        for id in ["S/RES/1267 (1999)", "S/RES/1989 (2011)", "S/RES/2253 (2015)", "S/RES/751 (1992)", "S/RES/1907 (2009)"] {
            #expect(r[id]?.statements == [3], "\(id)")
        }
        #expect(r["S/RES/255 (1968)"]?.mentions == 1 && r["S/RES/984 (1995)"]?.mentions == 1)
    }

    @Test func documentCitations() throws {
        let r = Dictionary(uniqueKeysWithValues: record.references.map { ($0.id, $0) })
        #expect(r["S/2018/4"]?.mentions == 3)
        #expect(r["S/2018/4"]?.kind == .document)
        #expect(r["S/2018/4"]?.url == "https://undocs.org/zh/S/2018/4")
        #expect(r["S/PV.3046"]?.mentions == 1 && r["S/PV.3046"]?.statements == [2])
        #expect(r["A/70/PV.3"]?.mentions == 1)
    }

    @Test func instrumentsGatherShortFormsAndBackReferences() throws {
        let npt = "NPT"
        let citations = record.statements.flatMap { $0.paragraphs.flatMap(\.references) }.filter { $0.id == npt }
        #expect(citations.filter { $0.text == "《不扩散核武器条约》" }.count == 22)
        // The joined text holds 19 short forms, 5 of them in the parentheses that define them.
        let definitions = record.statements.flatMap(\.paragraphs).map { p in
            p.text.components(separatedBy: "》（《不扩散条约》）").count - 1
                + p.text.components(separatedBy: "》(《不扩散条约》)").count - 1
        }.reduce(0, +)
        let short = citations.filter { $0.text == "《不扩散条约》" }.count
        #expect(definitions == 5)
        #expect(short - definitions == 14)
        // Every generic back-reference `《条约》` of the record resolves to a treaty named before it.
        let generic = record.statements.flatMap { $0.paragraphs.flatMap(\.references) }.filter { $0.text == "《条约》" }
        #expect(generic.count == 19 && generic.allSatisfy { $0.id != nil })
        #expect(generic.filter { $0.id == npt }.count == 14)
        #expect(citations.contains { $0.text == "《条约》" })
        #expect(!record.references.contains { $0.id == "《条约》" || $0.id == "《不扩散条约》" })
        let reference = try #require(record.references.first { $0.id == npt })
        #expect(reference.url == nil && reference.kind == .instrument)
        #expect(reference.mentions == citations.count)
        // Mixed brackets: `(《佩林达巴条约》）` is the short form of the African treaty.
        #expect(record.statements.flatMap { $0.paragraphs.flatMap(\.references) }
            .contains { $0.text == "《佩林达巴条约》" && $0.id == "Treaty of Pelindaba" })
    }

    @Test func citationOffsetsAreScalarOffsetsIntoTheText() {
        for s in record.statements {
            for p in s.paragraphs {
                let scalars = Array(p.text.unicodeScalars)
                for c in p.references {
                    let slice = String(String.UnicodeScalarView(scalars[c.start..<c.end]))
                    #expect(slice == c.text)
                }
                #expect(p.references.map(\.start) == p.references.map(\.start).sorted())
            }
        }
    }

    @Test func modelIsLossless() {
        #expect(Fixture.squeezed(record.text) == Fixture.squeezed(Fixture.text))
    }

    @Test func sourceLinesAreKept() {
        #expect(record.statements[0].lines.first == 15)
        #expect(record.statements.last!.lines.last == 3258)
        #expect(record.procedural.last!.lines == LineSpan(first: 3260, last: 3260))
        #expect(record.statementIndex(atLine: 613) == 4)
        #expect(record.statements[19].lines.first == 2931)
    }
}
