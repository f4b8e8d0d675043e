import Testing
@testable import VerbatimTUI

/// Checks that `grid` shows exactly `expected` (one string per row); on failure prints both
/// grids and marks the rows that differ.
func assertGrid(_ grid: Grid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = grid.lines
    guard actual != expected else { return }
    var report = "grid differs (- expected, + actual):\n"
    for i in 0..<max(actual.count, expected.count) {
        let a = i < actual.count ? actual[i] : "<none>"
        let e = i < expected.count ? expected[i] : "<none>"
        if a == e {
            report += "  |\(a)|\n"
        } else {
            report += "- |\(e)|\n+ |\(a)|\n"
        }
    }
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
}

/// Presses keys given as tmux tokens; returns the effects of the last key.
@discardableResult
func press(_ state: inout AppState, _ keys: String) -> [Effect] {
    var effects: [Effect] = []
    for key in KeyTokens.parse(keys) { effects = App.update(&state, .key(key)) }
    return effects
}

/// The text of row `y` of the screen.
func row(_ state: AppState, _ y: Int) -> String {
    App.render(state, size: state.size).lines[y]
}

/// The whole screen as one string.
func screen(_ state: AppState) -> String {
    App.render(state, size: state.size).lines.joined(separator: "\n")
}
