import Testing
@testable import VerbatimTUI

@Test func keyNamesAreKeysAndOtherTokensAreTyped() {
    #expect(KeyTokens.parse(":4 Enter") == [.character(":"), .character("4"), .enter])
    #expect(KeyTokens.parse("} } Tab Enter") == [.character("}"), .character("}"), .tab, .enter])
    #expect(KeyTokens.parse("BTab BSpace Space Escape DC") == [.backTab, .backspace, .character(" "), .escape, .delete])
    #expect(KeyTokens.parse("PPage NPage PageUp PageDown Home End") == [.pageUp, .pageDown, .pageUp, .pageDown, .home, .end])
    #expect(KeyTokens.parse("Up Down Left Right") == [.up, .down, .left, .right])
    #expect(KeyTokens.parse("C-o C-c C-L C-m C-h") == [.control("o"), .control("c"), .control("l"), .enter, .backspace])
    #expect(KeyTokens.parse("enter") == [.enter])
    // Not key names: typed as they are, CJK included.
    #expect(KeyTokens.parse("Enterprise") == "Enterprise".map { .character($0) })
    #expect(KeyTokens.parse("/科威") == [.character("/"), .character("科"), .character("威")])
    #expect(KeyTokens.parse("C-x1") == "C-x1".map { .character($0) })
    #expect(KeyTokens.parse("  ") == [])
}
