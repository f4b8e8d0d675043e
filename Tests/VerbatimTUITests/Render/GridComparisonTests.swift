import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The whole-grid comparison of the screen tests: which rows it reports, where it puts the
/// caret, and what it says of each side's cell.
@Suite struct GridComparisonTests {
    /// A 6×3 grid: `ab安c`, `xyz`, and a blank row.
    func grid() -> Grid {
        var grid = Grid(size: Size(width: 6, height: 3))
        grid.put("ab安c", at: Point(x: 0, y: 0), style: .plain)
        grid.put("xyz", at: Point(x: 0, y: 1), style: .plain)
        return grid
    }

    @Test func theSameRowsMatch() {
        let comparison = GridComparison(grid(), expected: ["ab安c ", "xyz   ", "      "])
        #expect(comparison.matches)
        #expect(comparison.differences.isEmpty)
    }

    @Test func theFirstDifferingCellOfEachRowIsFoundAfterAWideCharacter() {
        // Row 0 differs after the wide character (cell 4: `c` drawn, `d` expected); row 1 at
        // its first cell; row 2 is the same.
        let comparison = GridComparison(grid(), expected: ["ab安d ", "Xyz   ", "      "])
        #expect(comparison.differences.map(\.y) == [0, 1])
        #expect(comparison.differences.map(\.x) == [4, 0])
        #expect(comparison.differences[0].expectedCell == "d" && comparison.differences[0].actualCell == "c")
        let report = comparison.report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(report[0] == "the 6×3 grid differs from the expected rows in 2 rows (- expected, + drawn, ^ the first differing cell):")
        #expect(report[1] == "  0 - |ab安d |")
        #expect(report[2] == "    + |ab安c |")
        // The caret sits under cell 4: the row's text starts 7 columns in.
        #expect(report[3] == "           ^ x=4: expected \"d\" (U+0064), drawn \"c\" (U+0063)")
        #expect(report[6].hasPrefix("       ^ x=0: expected \"X\""))
        #expect(report[7] == "  2   |      |")
    }

    @Test func aWideCharacterInPlaceOfTwoNarrowOnesIsMarkedAtItsFirstCell() {
        let comparison = GridComparison(grid(), expected: ["abxyc ", "xyz   ", "      "])
        #expect(comparison.differences.map(\.x) == [2])
        #expect(comparison.differences[0].expectedCell == "x" && comparison.differences[0].actualCell == "安")
    }

    @Test func rowsOfTheWrongWidthAndMissingRowsAreReported() {
        let comparison = GridComparison(grid(), expected: ["ab安c", "xyz   "])
        #expect(comparison.differences.map(\.y) == [0, 2])
        #expect(comparison.differences[0].wrongWidth == 5)
        #expect(comparison.differences[0].x == 5 && comparison.differences[0].expectedCell == nil)
        #expect(comparison.differences[1].expected == nil)
        #expect(comparison.report.contains("(the expected row is 5 cells wide, not 6)"))
        #expect(comparison.report.contains("  2 - (no row)"))
    }
}
