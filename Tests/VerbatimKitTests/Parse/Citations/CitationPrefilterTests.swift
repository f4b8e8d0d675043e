import Testing
@testable import VerbatimKit

/// The line scanner's prefilter: a line where a citation may start, in any language, is
/// scanned; a line where none can start is not.
@Suite struct CitationPrefilterTests {
    func mayCite(_ lines: [String]) -> [Bool] {
        var text = lines.joined(separator: "\n") + "\n"
        return text.withUTF8 { LineScanner($0).lines.map(\.mayCite) }
    }

    @Test func linesThatMayCite() {
        let citing = [
            "and to comply with resolution 2774 (2025).",
            "in line with the Charter of the United Nations",
            "люцию 2774 (2025).",
            "в соответствии с Уставом",
            "وميثاق األمم المتحدة",
            ".)2025( 2774 ارام بالقر",
            "大会ES-10/20号决议",
            "安理会第2334（2016）号决议",
            "我们支持《不扩散核武器条约》",
            "大会70/47号决议",
        ]
        #expect(mayCite(citing) == Array(repeating: true, count: citing.count))
    }

    @Test func aBrokenWordIsScannedThroughTheLineWithItsNumber() {
        // The paragraph is scanned when any of its lines may cite: here the second.
        #expect(mayCite(["а также выполнить резо-", "люцию 2774 (2025)."]) == [false, true])
        let record = RecordLoader.parse("主席：我们要求执行第2334\n（2016）号决议。\n")
        #expect(record.statements.first?.paragraphs.first?.references.map(\.id) == ["S/RES/2334 (2016)"])
    }

    @Test func linesThatCannot() {
        let plain = ["we thank her for her briefing", "мы благодарим её за брифинг", "我们感谢她的通报。", "nous la remercions"]
        #expect(mayCite(plain) == Array(repeating: false, count: plain.count))
    }
}
