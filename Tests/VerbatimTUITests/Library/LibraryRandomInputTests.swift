import Testing
import VerbatimKit
@testable import VerbatimTUI

/// A small deterministic generator (so that a failure can be replayed).
private struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}

@Test func anySequenceOfKeysInALibraryKeepsTheStateAndScreenWhole() {
    let keys = KeyTokens.parse("j k Space b g G } { Enter Enter Enter Tab : 6 Enter S f 8 1 2 BSpace Escape / 决 议 Enter M M a A O c ? Escape BSpace BSpace < > q r ]")
    var generator = Generator(state: 10124)
    var (state, fake) = libraryState(100, 30)
    var opened = 0
    for step in 0..<1500 {
        let event: Event
        switch generator.next(25) {
        case 0:
            event = .resize(Size(width: 1 + generator.next(200), height: 1 + generator.next(60)))
        case 1:
            let actions: [MouseEvent.Action] = [.press, .wheelUp, .wheelDown]
            event = .mouse(MouseEvent(action: actions[generator.next(3)],
                                      position: Point(x: generator.next(state.size.width + 2) - 1, y: generator.next(state.size.height + 2) - 1)))
        default:
            event = .key(keys[generator.next(keys.count)])
        }
        let effects = App.update(&state, event)
        if effects.contains(where: { if case .library(.open) = $0 { true } else { false } }) { opened += 1 }
        answer(&state, effects, fake)
        let library = state.library!
        #expect(library.listShown == (state.focus == .meetings))
        if !library.shown.isEmpty { #expect(library.shown.indices.contains(library.selection)) }
        if case .found(let selection, _) = state.overlay {
            #expect(library.found.map { $0.rows.indices.contains(selection) } == true)
        }
        if step % 5 == 0 {
            let grid = App.render(state, size: state.size)
            #expect(grid.lines.count == state.size.height)
            #expect(grid.lines.allSatisfy { DisplayWidth.standard.of($0) == state.size.width }, "step \(step): \(event)")
        }
    }
    // The sequence did go into meetings, not only around the list.
    #expect(opened > 5)
}
