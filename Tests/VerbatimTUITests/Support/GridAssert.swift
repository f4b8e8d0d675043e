import Testing
@testable import VerbatimTUI

/// Checks that `grid` shows exactly `expected` (one string per row); on failure records the
/// rows that differ, each with a caret under its first differing cell (`GridComparison`).
func assertGrid(_ grid: Grid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let comparison = GridComparison(grid, expected: expected)
    guard !comparison.matches else { return }
    Issue.record(Comment(rawValue: comparison.report), sourceLocation: sourceLocation)
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
