import Testing
@testable import VerbatimKit

/// Chinese citation forms found in real records beyond the reference fixture: ASCII brackets,
/// numbers without `第`, emergency special sessions, lists, record symbols and symbols broken
/// at a line end.
@Suite struct ChineseCitationFormTests {
    func ids(_ text: String) -> [String] { CitationProbe.ids(text, language: "zh") }

    /// The citations of `text` after the parser has assembled it as a statement's paragraphs.
    func parsed(_ text: String) -> [Citation] {
        RecordLoader.parse("主席：" + text + "\n").statements.first?.paragraphs.flatMap(\.references) ?? []
    }

    @Test func asciiAndMixedParentheses() {
        #expect(ids("第2500(2019)号决议") == ["S/RES/2500 (2019)"])
        #expect(ids("第2500（2019)号决议") == ["S/RES/2500 (2019)"])
        #expect(ids("第 2500 (2019) 号决议") == ["S/RES/2500 (2019)"])
        #expect(CitationProbe.scan("安理会第2500(2019)号决议要求", language: "zh").first?.text == "第2500(2019)号决议")
    }

    @Test func numbersWithoutDi() {
        #expect(ids("安理会2334（2016）号决议") == ["S/RES/2334 (2016)"])
        #expect(ids("大会70/47号决议") == ["A/RES/70/47"])
        #expect(ids("2018年1月18日第8160次会议，第5页") == [])
        // A number ending in 号 needs the word 决议 in the same clause.
        #expect(ids("2334（2016）号文件") == [])
    }

    @Test func emergencySpecialSessions() {
        #expect(ids("大会ES-10/20号决议") == ["A/RES/ES-10/20"])
        #expect(ids("大会第ES-10/21号决议") == ["A/RES/ES-10/21"])
        #expect(ids("大会第 ES-10/21 号决议") == ["A/RES/ES-10/21"])
        // The spacing of a PDF extraction, inside the number and between characters.
        #expect(ids("大会 ES-10 / 20 号 决 议") == ["A/RES/ES-10/20"])
        #expect(ids("大会第 70 / 47 号决 议") == ["A/RES/70/47"])
        #expect(ids("大会第ES-10/19号和ES-10/20号决议") == ["A/RES/ES-10/19", "A/RES/ES-10/20"])
        #expect(ids("大会第ES-10/19和ES-10/20号决议") == ["A/RES/ES-10/19", "A/RES/ES-10/20"])
        let c = CitationProbe.scan("大会ES-10/20号决议指出", language: "zh")
        #expect(c.first?.text == "ES-10/20号决议" && c.first?.kind == .gaResolution)
        // Not a resolution: the session's documents.
        #expect(ids("A/ES-10/L.22号文件") == ["A/ES-10/L.22"])
    }

    @Test func generalAssemblyForms() {
        #expect(ids("大会2018年12月20日第73/182号决议") == ["A/RES/73/182"])
        #expect(ids("大会第73/182、73/183和第73/184号决议") == ["A/RES/73/182", "A/RES/73/183", "A/RES/73/184"])
        #expect(ids("大会题为“加强合作”的第68/262号决议") == ["A/RES/68/262"])
        #expect(ids("人权理事会5/1号决议和人权理事会第5/2号决议") == [])
        // Early sessions in Chinese numerals.
        #expect(ids("大会第181（二）号决议和第377（五）号决议") == ["A/RES/181 (II)", "A/RES/377 (V)"])
        #expect(ids("大会第3379（三十）号决议") == ["A/RES/3379 (XXX)"])
    }

    @Test func recordSymbols() {
        #expect(ids("（见S/PV.8160）") == ["S/PV.8160"])
        #expect(ids("见 S/PV.10124 和S/PV. 10125。") == ["S/PV.10124", "S/PV.10125"])
    }

    @Test func aSymbolBrokenAtItsHyphen() {
        // Joined without a space (a hard-wrapped record) or with one (a reflowed extraction).
        #expect(ids("（见A/ES-10/PV.5）") == ["A/ES-10/PV.5"])
        #expect(ids("（见A/ES- 10/PV.5）") == ["A/ES-10/PV.5"])
        let c = parsed("我们回顾大会第十届紧急特别会议的辩论（见A/ES-\n10/PV.5）。")
        #expect(c.map(\.id) == ["A/ES-10/PV.5"])
        #expect(c.first?.text == "A/ES-10/PV.5")
        // A number after a symbol's full stop is not part of it.
        #expect(ids("见S/2018/4. 10个国家") == ["S/2018/4"])
    }

    @Test func theParserFindsEveryForm() {
        let c = parsed("安理会第2500(2019)号决议和大会ES-10/20号决议，以及大会70/47号决议（见S/PV.8160）。")
        #expect(c.map(\.id) == ["S/RES/2500 (2019)", "A/RES/ES-10/20", "A/RES/70/47", "S/PV.8160"])
        let text = RecordLoader.parse("主席：安理会第2500(2019)号决议和大会ES-10/20号决议，以及大会70/47号决议（见S/PV.8160）。\n")
            .statements[0].paragraphs[0].text
        let scalars = Array(text.unicodeScalars)
        for citation in c {
            #expect(String(String.UnicodeScalarView(scalars[citation.start..<citation.end])) == citation.text)
        }
    }
}
