import Testing
@testable import VerbatimTUI
import VerbatimKit

@Test func wideCharacterOwnsTwoCells() {
    var grid = Grid(size: Size(width: 4, height: 1))
    #expect(grid.put("中", at: Point(x: 0, y: 0), style: .plain) == 2)
    #expect(grid[1, 0].isContinuation)
    #expect(grid.put("中", at: Point(x: 3, y: 0), style: .plain) == 0)
    grid.put("a", at: Point(x: 1, y: 0), style: .plain)
    #expect(grid.lines == [" a  "])
}

/// `lines` writes each cell's UTF-8 as it is held: the same text as appending each cell's
/// `character`, for ASCII, wide characters and their continuations, combining marks, a flag,
/// a cluster of exactly 15 bytes, an emoji ZWJ sequence held shortened, and an empty cluster.
@Test func linesAreTheCellsCharacters() {
    var grid = Grid(size: Size(width: 12, height: 2))
    grid.put("a中e\u{301}🇨🇳", at: Point(x: 0, y: 0), style: .plain)
    grid[8, 0] = Cell(character: "👨‍👩‍👧‍👦")
    grid[10, 0] = Cell(character: "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}")
    grid[0, 1] = Cell(character: "x\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}")
    let expected = (0..<2).map { y in
        var line = ""
        for x in 0..<12 where !grid[x, y].isContinuation { line.append(grid[x, y].character) }
        return line
    }
    #expect(grid.lines == expected)
    #expect(grid.lines[0].hasPrefix("a中e\u{301}🇨🇳"))
}

/// Writing a text draws the same cells, and reports the same columns, as writing each of its
/// `Character`s in turn: for letters, ideographs and punctuation drawn scalar by scalar, and
/// for combining marks, emoji sequences, flags, controls (their stand-ins), ambiguous-width
/// punctuation in both settings, wide characters cut at the limit and over half a wide one.
@Test func textIsDrawnAsItsCharacters() {
    let texts = [
        "S/RES/2397 (2017) 号决议：“朝鲜”—— 15 个理事国。", "e\u{301}a\u{308} Ünïcode ﬁ", "👨‍👩‍👧 🇨🇳🇫🇷 1️⃣ x",
        "tab\there\u{1B}[0m\u{7F} \u{85}\u{200B}\u{AD}end", "— · • “quoted” ─", "Кириллица и العربية ١٢٣", "中a中b中",
        "\u{301}leading mark", "각 한국어", "",
    ]
    for ambiguous in AmbiguousWidth.allCases {
        let width = DisplayWidth(ambiguous: ambiguous)
        for text in texts {
            for (x, limit) in [(0, nil), (3, 12), (5, 9), (1, 40)] as [(Int, Int?)] {
                var drawn = Grid(size: Size(width: 30, height: 1), displayWidth: width)
                var expected = drawn
                drawn.put("中中中中中中中中中中中中中中中", at: Point(x: 0, y: 0), style: .plain)
                expected.put("中中中中中中中中中中中中中中中", at: Point(x: 0, y: 0), style: .plain)
                let used = drawn.put(text, at: Point(x: x, y: 0), style: .plain, limit: limit)
                var column = x
                for character in text {
                    let w = expected.put(character, at: Point(x: column, y: 0), style: .plain, limit: limit)
                    if w == 0 && width.of(character) > 0 { break }
                    column += w
                }
                #expect(drawn == expected, "\(text) at \(x) limit \(String(describing: limit)) \(ambiguous)")
                #expect(used == column - x)
            }
        }
    }
}

/// A cluster wider than two columns (U+FFFD and the wide spacing mark U+302E, 1 + 2 columns as
/// `wcwidth` counts them) is drawn as its pieces, each in cells of its own: no cell claims more
/// than two columns, and the row stays as wide as the grid (the render fuzzer found a row of 82
/// columns on an 80-column screen).
@Test func aClusterWiderThanTwoColumnsIsDrawnAsItsPieces() {
    let cluster: Character = "\u{FFFD}\u{302E}"
    #expect(DisplayWidth.standard.of(cluster) == 3)
    var grid = Grid(size: Size(width: 6, height: 2))
    #expect(grid.put("a\(cluster)b", at: Point(x: 0, y: 0), style: .plain) == 5)
    #expect(grid[1, 0].character == "\u{FFFD}")
    #expect(grid[2, 0].character == "\u{302E}")
    #expect(grid[3, 0].isContinuation)
    #expect(grid[4, 0].character == "b")
    // It does not fit in two columns: nothing of it is drawn.
    #expect(grid.put(cluster, at: Point(x: 4, y: 1), style: .plain) == 0)
    for line in grid.lines { #expect(DisplayWidth.standard.of(line) == 6) }
    for y in 0..<2 {
        for x in 0..<6 { #expect(DisplayWidth.standard.of(grid[x, y].character) <= 2) }
    }
}
