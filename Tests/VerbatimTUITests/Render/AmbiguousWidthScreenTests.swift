import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The fixture's screens drawn with ambiguous-width characters wide (`•` `·` `—` `“` `…` `─`
/// take two columns), and narrow, at 80×24 and 200×60: every row is exactly the screen's width
/// as that table measures it, no wide character is cut in half, and the frames stand in line.
struct AmbiguousWidthScreenTests {
    static let sequences = ["", "}", "} } } }", ": 1 8 Enter", "Tab j j j", "r", "/ 决议 Enter n", "?", "? G", "} Tab Tab Enter"]

    /// Checks one grid; returns the problems found.
    static func problems(_ grid: Grid, table: DisplayWidth) -> [String] {
        var found: [String] = []
        let width = grid.size.width
        for y in 0..<grid.size.height {
            var columns = 0
            for x in 0..<width {
                let cell = grid[x, y]
                if cell.isContinuation {
                    // A continuation cell follows the first half of a wide character, nothing else.
                    if x == 0 || table.of(grid[x - 1, y].character) != 2 || grid[x - 1, y].isContinuation {
                        found.append("row \(y), column \(x): half of a wide character")
                    }
                    continue
                }
                let w = table.of(cell.character)
                columns += w
                if w == 2 && (x + 1 >= width || !grid[x + 1, y].isContinuation) {
                    found.append("row \(y), column \(x): '\(cell.character)' is wide but has no second cell")
                }
            }
            if columns != width { found.append("row \(y) is \(columns) columns, not \(width)") }
            if table.of(grid.lines[y]) != width { found.append("row \(y) measures \(table.of(grid.lines[y]))") }
        }
        return found
    }

    @Test(arguments: [(80, 24), (200, 60)], [AmbiguousWidth.wide, .narrow])
    func everyRowIsExactlyTheScreenWide(size: (Int, Int), ambiguous: AmbiguousWidth) {
        let table = DisplayWidth(ambiguous: ambiguous)
        for keys in Self.sequences {
            var state = Fixture.state(size.0, size.1)
            state.setAmbiguousWidth(ambiguous == .wide ? .wide : .narrow)
            press(&state, keys)
            let grid = App.render(state, size: state.size)
            #expect(grid.displayWidth == table)
            let problems = Self.problems(grid, table: table)
            #expect(problems.isEmpty, "after '\(keys)' at \(size.0)×\(size.1) \(ambiguous):\n\(problems.prefix(5).joined(separator: "\n"))\n\(grid.lines.joined(separator: "\n"))")
        }
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func wideFramesAreASCIIAndInLine(size: (Int, Int)) {
        var state = Fixture.state(size.0, size.1)
        state.setAmbiguousWidth(.wide)
        press(&state, "}")
        let lines = App.render(state, size: state.size).lines
        let body = lines[1..<(lines.count - 1)]
        #expect(!body.joined().contains("─") && !body.joined().contains("│"), "line-drawing characters are ambiguous: none under wide")
        // Every body row has its vertical borders at the same columns as the first text row.
        let table = DisplayWidth(ambiguous: .wide)
        func bars(_ line: String) -> [Int] {
            var result: [Int] = [], x = 0
            for c in line {
                if c == "|" { result.append(x) }
                x += table.of(c)
            }
            return result
        }
        let reference = bars(body[body.startIndex + 1])
        #expect(reference.first == 0 && reference.last == size.0 - 1)
        for line in body.dropFirst().dropLast() {
            #expect(reference.allSatisfy(bars(line).contains), "out of line: \(line)")
        }
        #expect(body.first!.hasPrefix("+-") && body.last!.hasSuffix("-+"))
        // Narrow keeps the line-drawing frames.
        state.setAmbiguousWidth(.narrow)
        #expect(App.render(state, size: state.size).lines[1].hasPrefix("┌"))
    }

    @Test func wideWrapsTheTextWithTheWideTable() {
        var state = Fixture.state(80, 24)
        state.setAmbiguousWidth(.wide)
        // Statement 2 holds `•` (努尔苏丹•纳扎尔巴耶夫): wide, the line holding it has one ideograph less.
        press(&state, "}")
        let wide = App.render(state, size: state.size).lines
        state.setAmbiguousWidth(.narrow)
        let narrow = App.render(state, size: state.size).lines
        #expect(wide != narrow)
        let line = try! #require(wide.first { $0.contains("•") })
        #expect(DisplayWidth(ambiguous: .wide).of(line) == 80)
    }

    @Test func theProbesAnswerSwitchesTheTableAndAsksForARedraw() {
        var state = Fixture.state(80, 24)
        state.setAmbiguousWidth(.auto)
        #expect(state.displayWidth.ambiguous == .narrow)
        #expect(state.ambiguousWidth.summary.contains("asking the terminal"))
        #expect(App.update(&state, .ambiguousWidthProbed(.wide)) == [.redraw])
        #expect(state.displayWidth.ambiguous == .wide)
        #expect(state.ambiguousWidth.summary == "ambiguous width: wide (auto: the terminal draws • in 2 columns)")
        press(&state, "? G")
        #expect(screen(state).contains("ambiguous width: wide (auto: the terminal draws • in 2 columns)"))

        var silent = Fixture.state(80, 24)
        silent.setAmbiguousWidth(.auto)
        #expect(App.update(&silent, .ambiguousWidthProbed(nil)) == [])
        #expect(silent.ambiguousWidth.summary == "ambiguous width: narrow (auto: no answer from the terminal)")

        // A setting given by the user is not overridden by the terminal.
        var fixed = Fixture.state(80, 24)
        fixed.setAmbiguousWidth(.narrow)
        #expect(App.update(&fixed, .ambiguousWidthProbed(.wide)) == [])
        #expect(fixed.displayWidth.ambiguous == .narrow)
        #expect(fixed.ambiguousWidth.summary == "ambiguous width: narrow (set)")
    }

    @Test func aWideAnswerKeepsTheReaderWhereTheyWere() {
        var state = Fixture.state(80, 24)
        state.setAmbiguousWidth(.auto)
        press(&state, ": 2 Enter j j j j j j j j")
        let before = state.topPosition
        _ = App.update(&state, .ambiguousWidthProbed(.wide))
        let after = state.topPosition
        #expect(after.paragraph == before.paragraph)
        #expect(abs(after.start - before.start) < 40)
    }
}
