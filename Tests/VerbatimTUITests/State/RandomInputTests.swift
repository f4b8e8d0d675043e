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

@Test func anySequenceOfKeysMouseAndResizesKeepsTheScreenWhole() {
    let keys = KeyTokens.parse("j k Space b g G } { J K Enter Tab BTab : 3 Enter s 科 威 / 核 武 器 Enter n N ] [ c o O r y ? Escape BSpace C-o < > Up Down PageUp PageDown Home End 1 a")
    var generator = Generator(state: 8160)
    var state = Fixture.state(120, 40)
    for step in 0..<3000 {
        let event: Event
        switch generator.next(20) {
        case 0:
            event = .resize(Size(width: 1 + generator.next(220), height: 1 + generator.next(70)))
        case 1, 2:
            let actions: [MouseEvent.Action] = [.press, .wheelUp, .wheelDown]
            event = .mouse(MouseEvent(action: actions[generator.next(3)],
                                      position: Point(x: generator.next(state.size.width + 2) - 1, y: generator.next(state.size.height + 2) - 1)))
        default:
            event = .key(keys[generator.next(keys.count)])
        }
        let effects = App.update(&state, event)
        if effects.contains(.quit) { continue }
        #expect(state.entry >= 0 && state.entry < state.document.entries.count)
        #expect(state.scroll >= 0 && state.scroll <= state.maxScroll)
        if step % 7 == 0 {
            let grid = App.render(state, size: state.size)
            #expect(grid.lines.count == state.size.height)
            #expect(grid.lines.allSatisfy { DisplayWidth.standard.of($0) == state.size.width }, "step \(step): \(event)")
        }
    }
}
