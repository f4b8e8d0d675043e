import Testing
@testable import VerbatimTUI

/// The `:` prompt says what it takes and previews the statement a number leads to.
@Test func theGoToPromptPreviewsTheStatement() {
    var state = Fixture.state(100, 8)
    press(&state, ":")
    #expect(row(state, 7).hasPrefix(":   statement number, 1–24"))
    press(&state, "12")
    #expect(row(state, 7).contains("→ 12. 略伦蒂·索利斯先生"))
    press(&state, "BSpace BSpace ９９")
    #expect(row(state, 7).contains("no statement 99 (1–24)"))
    press(&state, "BSpace BSpace x")
    #expect(row(state, 7).contains("not a statement number (1–24)"))
    // The preview only informs: nothing moved before Enter.
    #expect(state.entry == 0)
}

/// Empty `/` and `s` prompts say what to type.
@Test func emptyPromptsSayWhatToType() {
    var state = Fixture.state(100, 8)
    press(&state, "/")
    #expect(row(state, 7).contains("text to find in the whole meeting"))
    press(&state, "x")
    #expect(!row(state, 7).contains("text to find"))
    press(&state, "Escape s")
    #expect(row(state, 7).contains("part of a name or country"))
    press(&state, "中国")
    #expect(row(state, 7).contains("→ 18. 吴海涛先生"))
}
