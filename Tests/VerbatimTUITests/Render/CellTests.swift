import Testing
import VerbatimKit
@testable import VerbatimTUI

@Test func cellsAreTriviallyCopyable() {
    // Copying, comparing and freeing grids must not touch reference counts.
    #expect(_isPOD(Cell.self))
    #expect(_isPOD(Style.self))
    #expect(MemoryLayout<Cell>.size <= 24)
}

@Test func cellsKeepTheirClusterExactly() {
    let clusters: [Character] = [
        " ", "a", "~", "中", "。", "·", "é", "e\u{301}", "\u{0E01}\u{0E49}", "🇨🇳", "1\u{FE0F}\u{20E3}", "👍🏽",
        "\u{FFFD}", "\u{10FFFD}",
    ]
    for cluster in clusters {
        let cell = Cell(character: cluster, style: Style(foreground: .red, attributes: .bold))
        #expect(Array(cell.character.unicodeScalars) == Array(cluster.unicodeScalars))
        #expect(cell.style == Style(foreground: .red, attributes: .bold))
    }
    var cell = Cell.blank
    #expect(cell.character == " ")
    cell.character = "国"
    #expect(cell.character == "国" && cell != Cell.blank)
    cell.character = " "
    #expect(cell == Cell.blank)
    #expect(Cell(character: "中") != Cell(character: "文"))
    #expect(Cell(character: "中") != Cell(character: "中", isContinuation: true))
    #expect(Cell(character: "中") != Cell(character: "中", style: Style(attributes: .reverse)))
}

@Test func aClusterTooLongForACellKeepsItsBaseAndItsWidth() {
    // Family: man, woman, girl, boy joined by zero-width joiners — 25 bytes of UTF-8.
    let family: Character = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
    #expect(family.utf8.count > 15)
    let kept = Cell(character: family).character
    #expect(Array(kept.unicodeScalars) == ["\u{1F468}"])
    #expect(DisplayWidth.standard.of(kept) == DisplayWidth.standard.of(family))
    // A subdivision flag: black flag and tag characters.
    let england: Character = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
    #expect(Array(Cell(character: england).character.unicodeScalars) == ["\u{1F3F4}"])
    // A base with many marks keeps the marks that fit, whole scalars only.
    let marked: Character = "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}"
    let shortened = Cell(character: marked).character
    #expect(shortened.utf8.count <= 15 && shortened.unicodeScalars.first == "a" && shortened.unicodeScalars.count == 8)
}
