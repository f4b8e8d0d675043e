import Testing
import VerbatimKit
@testable import VerbatimTUI

let sweepSizes: [Size] = [
    (1, 1), (1, 2), (2, 1), (2, 2), (3, 3), (4, 5), (7, 3), (10, 4), (12, 6), (20, 6), (30, 8), (49, 10), (50, 10),
    (51, 12), (64, 20), (80, 24), (99, 30), (100, 30), (101, 31), (120, 40), (160, 50), (200, 60), (300, 100),
].map { Size(width: $0.0, height: $0.1) }

/// States worth drawing at every size: plain, mid-statement with a search and a mention, help,
/// the floating sidebar, the citing list, a prompt with CJK text.
func sweepStates(_ make: @escaping (Size) -> AppState, statement: String, search: String) -> [(String, (Size) -> AppState)] {
    func after(_ keys: String) -> (Size) -> AppState {
        { size in
            var state = make(size)
            press(&state, keys)
            return state
        }
    }
    return [
        ("start", after("")),
        ("statement", after(":\(statement) Enter j j Tab Enter /\(search) Enter")),
        ("help", after("? j j")),
        ("sidebar", after(":\(statement) Enter r")),
        ("citing", after(":\(statement) Enter c")),
        ("prompt", after("s 科威特萨巴赫")),
        ("speakers", after("BTab G")),
    ]
}

/// Every row is exactly the grid's width in display columns, wide characters own two cells,
/// and (without an overlay) each pane's side borders sit in the same columns on every row.
func checkScreen(_ state: AppState, size: Size, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let grid = App.render(state, size: size)
    #expect(grid.size == size)
    for (y, line) in grid.lines.enumerated() {
        #expect(DisplayWidth.standard.of(line) == size.width, "\(name) \(size): row \(y) is \(DisplayWidth.standard.of(line)) wide: \(line)", sourceLocation: sourceLocation)
    }
    for y in 0..<size.height {
        var x = 0
        while x < size.width {
            let cell = grid[x, y]
            #expect(!cell.isContinuation, "\(name) \(size): stray continuation at \(x),\(y)", sourceLocation: sourceLocation)
            let w = DisplayWidth.standard.of(cell.character)
            if w == 2 {
                #expect(x + 1 < size.width && grid[x + 1, y].isContinuation, "\(name) \(size): half a wide character at \(x),\(y)", sourceLocation: sourceLocation)
            }
            x += max(1, w)
        }
    }
    guard state.overlay == nil else { return }
    let layout = Layout(size: size, showReferences: state.showReferences)
    for pane in layout.visiblePanes {
        guard let box = layout.box(pane), box.width >= 2, box.height >= 3 else { continue }
        let covered = pane != .references && layout.referencesFloat
        for y in (box.y + 1)..<(box.y + box.height - 1) {
            #expect(grid[box.x, y].character == "│", "\(name) \(size): left border of \(pane) at row \(y)", sourceLocation: sourceLocation)
            if !covered || pane == .speakers {
                #expect(grid[box.x + box.width - 1, y].character == "│", "\(name) \(size): right border of \(pane) at row \(y)", sourceLocation: sourceLocation)
            }
        }
    }
}

@Test func everySizeDrawsWholeRowsAndStraightBorders() {
    for (name, make) in sweepStates({ SampleRecord.state($0.width, $0.height) }, statement: "2", search: "决议") {
        for size in sweepSizes {
            checkScreen(make(size), size: size, name: name)
        }
    }
}

@Test func resizingAtAnyMomentKeepsTheStateDrawable() {
    var state = SampleRecord.state(120, 40)
    press(&state, ":2 Enter G Tab")
    for size in sweepSizes + sweepSizes.reversed() {
        _ = App.update(&state, .resize(size))
        checkScreen(state, size: size, name: "resized")
        press(&state, "j")
    }
}
