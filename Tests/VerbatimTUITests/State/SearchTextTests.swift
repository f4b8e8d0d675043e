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
