@testable import VerbatimTUI

/// A grid compared with the rows it should show (one string per row, as `Grid.lines` gives
/// them), cell by cell, in the manner of ratatui's test backend: every row that differs is
/// listed with both versions, and a caret marks its first differing cell with what each side
/// holds there. Rows whose width in cells is not the grid's are reported as such.
struct GridComparison {
    /// One row that differs.
    struct RowDifference: Equatable {
        /// The row.
        var y: Int
        /// The row as expected, or nil when there are fewer expected rows.
        var expected: String?
        /// The row as drawn, or nil when the grid has fewer rows.
        var actual: String?
        /// The cell (0-based column) where the row first differs.
        var x: Int
        /// The character expected at `x` (nil past the row's end).
        var expectedCell: String?
        /// The character drawn at `x` (nil past the row's end).
        var actualCell: String?
        /// The expected row's width in cells, when it is not the grid's.
        var wrongWidth: Int?
    }

    let size: Size
    let rows: [String]
    let differences: [RowDifference]

    init(_ grid: Grid, expected: [String]) {
        size = grid.size
        rows = grid.lines
        var differences: [RowDifference] = []
        for y in 0..<max(grid.size.height, expected.count) {
            let drawn: [(x: Int, text: String)] = y < grid.size.height
                ? (0..<grid.size.width).compactMap { x in grid[x, y].isContinuation ? nil : (x, String(grid[x, y].character)) }
                : []
            var wanted: [(x: Int, text: String)] = []
            var column = 0
            for character in y < expected.count ? expected[y] : "" {
                wanted.append((column, String(character)))
                column += max(1, grid.displayWidth.of(character))
            }
            // A row is as expected when its text is the drawn row's (as `Grid.lines` compares);
            // the cells only locate the difference.
            if y < expected.count, y < grid.size.height, expected[y] == rows[y] { continue }
            let rowWidthIsWrong = y < expected.count && column != grid.size.width
            // The first cell where the two differ: the first pair that differs in place or
            // character, else where the shorter one ends.
            let common = zip(drawn, wanted).prefix { $0.x == $1.x && $0.text == $1.text }.count
            let x: Int
            if common < min(drawn.count, wanted.count) {
                x = min(drawn[common].x, wanted[common].x)
            } else {
                x = common < drawn.count ? drawn[common].x : (common < wanted.count ? wanted[common].x : column)
            }
            differences.append(RowDifference(
                y: y,
                expected: y < expected.count ? expected[y] : nil,
                actual: y < grid.size.height ? rows[y] : nil,
                x: x,
                expectedCell: wanted.first { $0.x == x }?.text,
                actualCell: drawn.first { $0.x == x }?.text,
                wrongWidth: rowWidthIsWrong ? column : nil))
        }
        self.differences = differences
    }

    /// Whether the grid shows exactly the expected rows.
    var matches: Bool { differences.isEmpty }

    /// The report: the grid's size, then every row, the differing ones as `-` expected and `+`
    /// drawn with a caret under the first differing cell.
    var report: String {
        var text = "the \(size.width)×\(size.height) grid differs from the expected rows in \(differences.count) "
            + "row\(differences.count == 1 ? "" : "s") (- expected, + drawn, ^ the first differing cell):\n"
        let byRow = Dictionary(differences.map { ($0.y, $0) }, uniquingKeysWith: { a, _ in a })
        let height = max(size.height, (differences.map(\.y).max() ?? -1) + 1)
        for y in 0..<height {
            let number = String(y).leftPadded(to: 3)
            guard let difference = byRow[y] else {
                text += "\(number)   |\(rows[y])|\n"
                continue
            }
            text += "\(number) - " + (difference.expected.map { "|\($0)|" } ?? "(no row)") + "\n"
            text += "    + " + (difference.actual.map { "|\($0)|" } ?? "(no row)") + "\n"
            text += "       " + String(repeating: " ", count: difference.x) + "^ x=\(difference.x): expected "
                + Self.describe(difference.expectedCell) + ", drawn " + Self.describe(difference.actualCell)
            if let width = difference.wrongWidth { text += " (the expected row is \(width) cells wide, not \(size.width))" }
            text += "\n"
        }
        return text
    }

    /// A cell's character and its code points, or "nothing" past the row's end.
    static func describe(_ cell: String?) -> String {
        guard let cell else { return "nothing" }
        let points = cell.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4, with: "0") }
        return "\"\(cell)\" (\(points.joined(separator: " ")))"
    }
}

private extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
