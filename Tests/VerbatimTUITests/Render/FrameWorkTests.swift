import Testing
import VerbatimKit
@testable import VerbatimTUI

// The shortcuts a keypress frame takes must draw exactly what the plain way draws.

/// Every scalar `LoneScalar` lets through is its own grapheme cluster beside any other such
/// scalar and beside itself, as the standard library segments text: so a run of them drawn
/// scalar by scalar is drawn cluster by cluster.
@Test func loneScalarsNeverJoinTheirNeighbours() {
    let probes: [Unicode.Scalar] = ["a", " ", "中", "й", "ب", "あ", "。", "Ａ", "한", "©", "é"]
    var checked = 0
    for value in UInt32(0)...0xFFFF {
        guard let scalar = Unicode.Scalar(value), LoneScalar.standsAlone(scalar) else { continue }
        for probe in probes {
            var pair = String.UnicodeScalarView()
            pair.append(scalar)
            pair.append(probe)
            #expect(String(pair).count == 2, "U+\(String(value, radix: 16)) joins \(probe)")
            var reversed = String.UnicodeScalarView()
            reversed.append(probe)
            reversed.append(scalar)
            #expect(String(reversed).count == 2, "\(probe) joins U+\(String(value, radix: 16))")
        }
        checked += 1
    }
    #expect(checked > 40_000)
    // Scalars that do join are kept out.
    for joiner: Unicode.Scalar in ["\u{301}", "\u{200D}", "\u{FE0F}", "\u{3099}", "\u{64E}", "\u{1100}", "\u{1F1EB}", "\r", "\u{94D}", "\u{600}"] {
        #expect(!LoneScalar.standsAlone(joiner))
    }
}

/// A text mixing lone scalars with clusters that must stay whole (a combining accent, an emoji
/// sequence, a flag, a Hangul jamo sequence, a control) is drawn as `Character`s would be.
@Test func scalarRunsAndClustersDrawAsCharactersDo() {
    let texts = [
        "中文e\u{301}中文", "ab👨‍👩‍👧cd", "国旗🇫🇷🇩🇪 end", "\u{1100}\u{1161}\u{11A8}한국", "tab\there", "日本語\r\nnext",
        "क्षत्रिय text", "مرحبا بِكُم", "Ｆｕｌｌ　ｗｉｄｔｈ，中文。",
    ]
    for text in texts {
        var expected = Grid(size: Size(width: 40, height: 1))
        expected.put(text, at: Point(x: 0, y: 0), style: .plain)
        var drawn = Grid(size: Size(width: 40, height: 1))
        var x = 0
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let next = scalars.index(after: index)
            guard LoneScalar.standsAlone(scalars[index]), next == scalars.endIndex || LoneScalar.standsAlone(scalars[next]) else { break }
            x += drawn.put(scalar: scalars[index], at: Point(x: x, y: 0), style: .plain, limit: 40)
            index = next
        }
        drawn.put(text[index...], at: Point(x: x, y: 0), style: .plain)
        #expect(drawn == expected, "\(text)")
    }
}

/// The diff finds the units `drawingUnits` finds, on grids that differ in wide characters,
/// styles and continuation cells.
@Test func diffMatchesTheUnitsThatDiffer() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["a", "中", "b", "文", " ", "é"]
    for _ in 0..<200 {
        var old = Grid(size: Size(width: 9, height: 3))
        var new = Grid(size: Size(width: 9, height: 3))
        for grid in [0, 1] {
            for _ in 0..<10 {
                let point = Point(x: Int.random(in: 0..<9, using: &generator), y: Int.random(in: 0..<3, using: &generator))
                let style = Bool.random(using: &generator) ? Style.plain : Style(attributes: .bold)
                let piece = Character(pieces.randomElement(using: &generator)!)
                if grid == 0 { old.put(piece, at: point, style: style) } else { new.put(piece, at: point, style: style) }
            }
        }
        var expected: [CellChange] = []
        for y in 0..<3 {
            for unit in drawingUnits(of: new, row: y) {
                let columns = unit.position.x..<(unit.position.x + unit.width)
                if columns.contains(where: { old[$0, y] != new[$0, y] }) { expected.append(unit) }
            }
        }
        #expect(diff(old, new) == expected)
    }
}

/// Speaker-list rows kept from earlier frames give the screen a fresh document draws.
@Test func keptSpeakerRowsDrawWhatAFreshDocumentDraws() {
    var warm = Fixture.state(120, 30)
    for key in ["}", "}", "j", "j", "Tab", "j", "{", "G"] {
        for event in KeyTokens.parse(key) { _ = App.update(&warm, .key(event)) }
        var fresh = warm
        fresh.document = Document(record: Fixture.record, path: Fixture.path)
        #expect(App.render(fresh, size: Size(width: 120, height: 30)) == App.render(warm, size: Size(width: 120, height: 30)), "after \(key)")
    }
}

/// The diff compares cells as raw words: that is only right while a cell has no padding bytes
/// and equal cells have equal bytes.
@Test func cellsAreComparedByTheirBytes() {
    #expect(MemoryLayout<Cell>.size == MemoryLayout<Cell>.stride)
    #expect(MemoryLayout<Cell>.size == 24)
    var a = [Cell(character: "中", style: Style(foreground: .red)), Cell(character: " ", isContinuation: true)]
    var b = [Cell(character: "中", style: Style(foreground: .red)), Cell(character: " ", isContinuation: true)]
    a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in
        #expect(Cell.sameBits(x.baseAddress!, y.baseAddress!))
        #expect(Cell.sameBits(x.baseAddress! + 1, y.baseAddress! + 1))
    } }
    b[0].style = Style(foreground: .blue)
    b[1].isContinuation = false
    a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in
        #expect(!Cell.sameBits(x.baseAddress!, y.baseAddress!))
        #expect(!Cell.sameBits(x.baseAddress! + 1, y.baseAddress! + 1))
    } }
    a[0].character = "文"
    #expect(a[0] != b[0])
}

/// A cell built from a scalar's value holds the same UTF-8 as one built from the character.
@Test func cellFromAScalarEqualsCellFromTheCharacter() {
    for value: UInt32 in [0x20, 0x41, 0x7E, 0xA0, 0xE9, 0x7FF, 0x800, 0x4E2D, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF] {
        let scalar = Unicode.Scalar(value)!
        #expect(Cell(scalar: scalar, style: .plain) == Cell(character: Character(scalar)), "U+\(String(value, radix: 16))")
        #expect(Cell(scalar: scalar, style: .plain).character == Character(scalar))
    }
}
