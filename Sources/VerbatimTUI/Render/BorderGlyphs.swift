import VerbatimKit

/// The characters frames are drawn with. Box-drawing characters are East Asian ambiguous: a
/// terminal that draws those wide would give every `─` and `│` two columns and tear the frames,
/// so under a wide table the frames are drawn in ASCII, which is narrow everywhere.
struct BorderGlyphs: Sendable {
    var horizontal: Character
    var vertical: Character
    var topLeft: Character
    var topRight: Character
    var bottomLeft: Character
    var bottomRight: Character
    /// Where a vertical border meets the top and the bottom edge of the panes.
    var teeDown: Character
    var teeUp: Character

    static let lines = BorderGlyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeDown: "┬", teeUp: "┴")

    static let ascii = BorderGlyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeDown: "+", teeUp: "+")

    /// The line-drawing set when `displayWidth` counts it one column wide, else ASCII.
    static func fitting(_ displayWidth: DisplayWidth) -> BorderGlyphs {
        displayWidth.of(lines.horizontal) == 1 && displayWidth.of(lines.vertical) == 1 ? lines : ascii
    }
}
