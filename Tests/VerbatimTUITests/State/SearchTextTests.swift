import Testing
@testable import VerbatimTUI

private func find(_ query: String, in text: String) -> [Range<Int>] {
    SearchText(text).ranges(of: SearchText.folded(query))
}

@Test func fullWidthAndHalfWidthFormsMatchEachOther() {
    #expect(find("(1)", in: "第（１）段") == [1..<4])
    #expect(find("（１）", in: "第(1)段") == [1..<4])
    #expect(find("abc", in: "关于ＡＢＣ的") == [2..<5])
}

@Test func nameDotsMatchEachOther() {
    let query = "安杰伊·杜达"
    #expect(find(query, in: "总统安杰伊•杜达阁下") == [2..<8])
    #expect(find(query, in: "总统安杰伊・杜达阁下") == [2..<8])
    #expect(find("安杰伊•杜达", in: "安杰伊·杜达") == [0..<6])
}

@Test func spacesAndLatinCaseAreIgnoredAndRangesPointAtTheOriginal() {
    // A stray space inside the symbol, as PDF extraction leaves them.
    #expect(find("s/2018/4", in: "（S / 2018/4，附件）") == [1..<11])
    #expect(find("越国界。", in: "跨越国界 。") == [1..<6])
    #expect(find("S/PV.3046", in: "见s/pv.3046和S/PV.3046") == [1..<10, 11..<20])
    #expect(find("核武器", in: "没有") == [])
    #expect(find("   ", in: "a b") == [])
}

@Test func latinCaseAndAccentsAreIgnored() {
    #expect(find("resolucion", in: "la resolución 2774") == [3..<13])
    #expect(find("RÉSOLUTION", in: "la résolution") == [3..<13])
    #expect(find("securite", in: "Conseil de Sécurité") == [11..<19])
    // Written with a combining accent, the match still covers the accent.
    #expect(find("resolucion", in: "resolucio\u{301}n") == [0..<11])
    #expect(find("resolución", in: "RESOLUCION") == [0..<10])
    #expect(find("Espana", in: "España") == [0..<6])
    #expect(find("oeuvre", in: "œuvre") == [0..<5])
    #expect(find("Lodz", in: "Łódź") == [0..<4])
    // Different letters stay different.
    #expect(find("resolucion", in: "resolusion") == [])
}

@Test func cyrillicCaseAndYoAreIgnoredButShortIIsKept() {
    #expect(find("совет безопасности", in: "Совет Безопасности") == [0..<18])
    #expect(find("Объединенных", in: "Организации Объединённых Наций") == [12..<24])
    #expect(find("ЁЛКА", in: "елка") == [0..<4])
    #expect(find("Йемен", in: "йемен") == [0..<5])
    #expect(find("Иемен", in: "Йемен") == [])
    // A decomposed й (и + breve) is still й.
    #expect(find("Йемен", in: "и\u{306}емен") == [0..<6])
}

@Test func arabicTatweelAndHarakatAreIgnored() {
    #expect(find("مجلس", in: "مجلـــس الأمن") == [0..<7])
    // The match covers the marks of its last letter.
    #expect(find("قتل", in: "قُتِلَ ستة") == [0..<6])
    #expect(find("securite", in: "securite\u{301}!") == [0..<9])
    #expect(find("قُتل", in: "قتل ستة") == [0..<3])
    #expect(find("مقدمي", in: "مقدمَي الإحاطتين") == [0..<6])
}

@Test func arabicLamAlefAsPdfJsWritesItMatchesAsWritten() {
    // pdf.js writes lam + alef swapped: األمن for الأمن, باإلنكليزية for بالإنكليزية, السالم for السلام.
    #expect(find("الأمن", in: "مجلس األمن اليوم") == [5..<10])
    #expect(find("بالإنكليزية", in: "تكلم باإلنكليزية") == [5..<16])
    #expect(find("السلام", in: "صون السالم") == [4..<10])
    #expect(find("الا", in: "إال") == [0..<3])
    // And the other way round, pdf.js text as the query.
    #expect(find("األمن", in: "مجلس الأمن") == [5..<10])
    // Ligatures and presentation forms are the letters they show.
    #expect(find("لا", in: "\u{FEFB} سلام") == [0..<1, 3..<5])
    #expect(find("سلام", in: "\u{FEB3}\u{FEFC}\u{FEE1}") == [0..<3])
    #expect(find("الأمن", in: "\u{FE8D}\u{FEF7}\u{FEE3}\u{FEE6}") == [0..<4])
    // Hamza forms of alef are alef; other letters stay apart.
    #expect(find("اسرائيل", in: "إسرائيل") == [0..<7])
    // A run of lams and alefs at either end of the query may be part of a longer one.
    #expect(find("أمن", in: "مجلس الأمن") == [5..<10])
    #expect(find("مجلس ال", in: "مجلس الأمن") == [0..<8])
    #expect(find("للأمم", in: "لألمم المتحدة") == [0..<5])
    #expect(find("المتحدة", in: "للأمم المتحدة") == [6..<13])
    // Inside the query a run must be the same: الأمن is not للأمن.
    #expect(find("والأمن", in: "وللأمن") == [])
    #expect(find("مجلس", in: "مجلة") == [])
}
