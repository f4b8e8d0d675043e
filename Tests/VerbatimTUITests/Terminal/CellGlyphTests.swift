import Testing
@testable import VerbatimTUI

/// glibc's widths for the scalars used here, so that the test does not depend on the locale.
private func wcwidth(_ scalar: UInt32) -> Int {
    switch scalar {
    case 0x0301, 0x200D, 0xFE0F, 0x20E3: return 0
    case 0x4E2D, 0x1F469, 0x1F4BB: return 2
    case 0x1F1E8, 0x1F1F3: return 1
    case 0..<0x20, 0x7F..<0xA0: return -1
    default: return 1
    }
}

@Test func plainAndWideCharactersGoToNcursesAsThey() {
    #expect(CellGlyph.plan("a", width: 1, wcwidth: wcwidth) == CellGlyph(characters: [0x61], width: 1, overlay: nil))
    #expect(CellGlyph.plan("中", width: 2, wcwidth: wcwidth) == CellGlyph(characters: [0x4E2D], width: 2, overlay: nil))
}

@Test func combiningMarksStayInTheCell() {
    let glyph = CellGlyph.plan("e\u{301}", width: 1, wcwidth: wcwidth)
    #expect(glyph == CellGlyph(characters: [0x65, 0x301], width: 1, overlay: nil))
}

@Test func emojiSequenceIsPlacedExplicitly() {
    let woman: Character = "\u{1F469}\u{200D}\u{1F4BB}"
    let glyph = CellGlyph.plan(woman, width: 2, wcwidth: wcwidth)
    #expect(glyph.overlay == woman)
    #expect(glyph.characters == [0x20] && glyph.width == 1)
}

@Test func flagIsPlacedExplicitly() {
    let flag: Character = "\u{1F1E8}\u{1F1F3}"
    #expect(CellGlyph.plan(flag, width: 2, wcwidth: wcwidth).overlay == flag)
}

@Test func characterCountedWideButNarrowInTheCLibraryIsPlacedExplicitly() {
    // `·` under the ambiguous-wide option: the grid gives it two columns, wcwidth one.
    #expect(CellGlyph.plan("·", width: 2, wcwidth: wcwidth).overlay == "·")
}

@Test func controlsAndBidiOverridesNeverReachTheTerminal() {
    for scalar in [0x1B, 0x07, 0x9B, 0x85, 0x7F, 0x202E, 0x2066, 0x200F] as [UInt32] {
        let glyph = CellGlyph.plan(Character(Unicode.Scalar(scalar)!), width: 1, wcwidth: wcwidth)
        #expect(glyph.characters == [0x3F], "U+\(String(scalar, radix: 16))")
        #expect(glyph.overlay == nil)
    }
}
