import Testing
@testable import VerbatimKit

/// The whole of `text` as one display line.
private func visual(_ text: String, preferred: TextDirection = .leftToRight) -> VisualLine {
    BidiParagraph(text, preferred: preferred).line(0..<text.unicodeScalars.count)
}

@Test func textWithoutRightToLeftLettersIsLeftAsItIs() {
    for text in ["核武器（S/RES/1540 (2004)）", "The President (spoke in Russian):", "Совет Безопасности", ""] {
        let paragraph = BidiParagraph(text)
        #expect(!paragraph.needsReordering)
        #expect(paragraph.direction == .leftToRight)
        let line = paragraph.line(0..<text.unicodeScalars.count)
        #expect(line.text == text)
        #expect(line.logicalRanges == (0..<text.count).map { $0..<$0 + 1 })
    }
    // Embedding and override controls are shown as stand-ins, so they reorder nothing.
    #expect(!BidiParagraph("abc\u{202E}def\u{2067}ghi").needsReordering)
}

@Test func arabicReadsFromTheRightWithTheSymbolKeptLeftToRight() {
    let text = "اتخذ المجلس القرار S/RES/2774 (2025) اليوم"
    let line = visual(text)
    #expect(line.direction == .rightToLeft)
    // The first word written is drawn last (at the right), the last first.
    #expect(line.text.hasPrefix("\u{FEE1}\u{FEEE}\u{FEF4}\u{FEDF}\u{FE8D}"))  // اليوم, shaped, reversed
    #expect(line.text.hasSuffix("\u{FEAC}\u{FEA8}\u{FE97}\u{FE8D}"))  // اتخذ
    #expect(line.text.contains(" S/RES/2774 (2025) "))
    #expect(line.width == DisplayWidth.standard.of(text))
}

@Test func lettersAreJoinedIntoPresentationForms() {
    // ب ي ت: initial, medial, final.
    #expect(visual("بيت").text == "\u{FE96}\u{FEF4}\u{FE91}")
    // An isolated letter, and the mandatory lam-alef ligature in its isolated and final forms.
    #expect(visual("و").text == "\u{FEED}")
    let la = visual("لا")
    #expect(la.text == "\u{FEFB}")
    #expect(la.logicalRanges == [0..<2])
    #expect(la.width == 1)
    let kala = visual("كلا")
    #expect(kala.text == "\u{FEFC}\u{FEDB}")
    #expect(kala.logicalRanges == [1..<3, 0..<1])
}

@Test func bracketsInRightToLeftRunsAreMirrored() {
    // الرئيس (تكلم): the closing bracket, written last, is drawn first as an opening one.
    let text = "الرئيس (تكلم):"
    let line = visual(text)
    let characters = Array(line.text)
    #expect(characters.first == ":")
    #expect(characters[1] == "(")
    #expect(line.logicalRanges[1] == 12..<13)  // the ")" as written
    #expect(characters.firstIndex(of: ")")! > characters.firstIndex(of: "(")!)
    #expect(line.logicalRanges[characters.firstIndex(of: ")")!] == 7..<8)
}

@Test func digitsAndNumbersKeepTheirOrder() {
    let line = visual("قُتل 15364 مدنيا في 2025")
    #expect(line.text.hasPrefix("2025 "))
    #expect(line.text.contains(" 15364 "))
    // Harakat stay after their letter, in the same cell: qaf (initial) with its damma.
    #expect(line.text.hasSuffix("\u{FED7}\u{064F}"))
    #expect(line.logicalRanges.last == 0..<2)
}

@Test func everyLogicalOffsetIsShownOnceByTheVisualMap() {
    let text = "لا سلام بلا عدالة (S/RES/2774 (2025))، والأمن لكل الناس."
    let paragraph = BidiParagraph(text)
    let lines = LineWrapper(locale: "ar").wrap(text, width: 17)
    for wrapped in lines {
        let line = paragraph.line(wrapped.start..<wrapped.drawnEnd)
        #expect(line.width <= 17)
        #expect(line.width <= wrapped.width)
        let covered = line.logicalRanges.flatMap { Array($0) }.sorted()
        #expect(covered == Array(wrapped.start..<wrapped.drawnEnd))
        #expect(line.logicalRanges.count == line.text.count)
    }
}

@Test func aParagraphWithoutStrongLettersTakesThePreferredDirection() {
    #expect(BidiParagraph("(2025) 15", preferred: .rightToLeft).direction == .rightToLeft)
    #expect(BidiParagraph("(2025) 15", preferred: .rightToLeft).needsReordering)
    #expect(BidiParagraph("(2025) 15").direction == .leftToRight)
    // A strong letter decides, whatever the preference.
    #expect(BidiParagraph("S/RES/2774 (2025) القرار", preferred: .rightToLeft).direction == .leftToRight)
    #expect(BidiParagraph("القرار S/RES/2774", preferred: .leftToRight).direction == .rightToLeft)
}

@Test func columnsMapBackToTheOffsetsDrawnThere() {
    let line = visual("ب S/1")
    // Drawn "S/1 ﺏ": column 0 shows "S" (offset 2), column 4 the beh (offset 0).
    #expect(line.text == "S/1 \u{FE8F}")
    #expect(line.logicalOffset(atColumn: 0) == 2)
    #expect(line.logicalOffset(atColumn: 4) == 0)
    #expect(line.logicalOffset(atColumn: 5) == nil)
}

@Test func presentationFormsAreOneColumnLikeTheLettersTheyShape() {
    // Every form FriBidi's shaping can produce (Arabic Presentation Forms-B, the letters and
    // ligatures U+FE80–U+FEFC) is as wide as wcwidth says its letter is: one column.
    for value in UInt32(0xFE80)...0xFEFC {
        let scalar = Unicode.Scalar(value)!
        #expect(DisplayWidth.standard.of(scalar) == 1, "U+\(String(value, radix: 16))")
        #expect(DisplayWidth(ambiguous: .wide).of(scalar) == 1)
    }
    for value in UInt32(0xFB50)...0xFDCF where Unicode.Scalar(value)!.properties.generalCategory == .otherLetter {
        #expect(DisplayWidth.standard.of(Unicode.Scalar(value)!) == 1, "U+\(String(value, radix: 16))")
    }
}

@Test func displayOfOneLineReordersOnlyRightToLeftText() {
    #expect(BidiParagraph.display("S/PV.8160 · 安全理事会") == "S/PV.8160 · 安全理事会")
    #expect(BidiParagraph.display("مجلس الأمن") == "\u{FEE6}\u{FEE3}\u{FEF7}\u{FE8D} \u{FEB2}\u{FEE0}\u{FEA0}\u{FEE3}")
}
