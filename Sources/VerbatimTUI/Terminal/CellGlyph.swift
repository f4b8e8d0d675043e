/// What the ncurses layer hands to `setcchar` for one drawing unit, decided without ncurses.
///
/// ncurses assumes a cell advances the cursor by `wcwidth` of its first character. A cluster for
/// which that is not the grid's width (an emoji sequence, a flag, a keycap, a character the grid
/// counts as wide under the ambiguous-wide option) is drawn as blanks in the ncurses model and
/// then written by the terminal layer itself at an explicit position (`overlay`), with the cursor
/// moved explicitly afterwards, so the cells after it never shift.
struct CellGlyph: Equatable {
    /// The wide characters for `setcchar`: one spacing character and its zero-width marks.
    var characters: [UInt32]
    /// Columns ncurses will take for `characters`; the rest of the unit is drawn as blanks.
    var width: Int
    /// The cluster to write at the unit's position after ncurses has drawn, when ncurses cannot.
    var overlay: Character?

    /// Most characters `setcchar` takes in one cell (ncurses' CCHARW_MAX).
    static let maxCharacters = 5

    /// The glyph for `character` drawn in a unit of `width` columns; `wcwidth` is the C
    /// library's width of one scalar (negative for non-printables).
    static func plan(_ character: Character, width: Int, wcwidth: (UInt32) -> Int) -> CellGlyph {
        let scalars = Array(character.unicodeScalars)
        if scalars.contains(where: isUnsafe) {
            return CellGlyph(characters: [0x3F], width: 1, overlay: nil)
        }
        guard let first = scalars.first else { return .blank }
        let firstWidth = wcwidth(first.value)
        let restAreMarks = scalars.dropFirst().allSatisfy { wcwidth($0.value) == 0 }
        if firstWidth == width, restAreMarks, scalars.count <= maxCharacters {
            return CellGlyph(characters: scalars.map(\.value), width: width, overlay: nil)
        }
        return CellGlyph(characters: [0x20], width: 1, overlay: character)
    }

    /// A blank.
    static let blank = CellGlyph(characters: [0x20], width: 1, overlay: nil)

    /// Scalars that must never reach the terminal: C0 and C1 controls, DEL, and the bidi
    /// controls that reorder text (a well-formed grid holds stand-ins for them instead).
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
