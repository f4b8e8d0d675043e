import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The library's screens (meetings list, its filter prompt, the lists from the library, the help
/// over the list) drawn with ambiguous-width characters wide and narrow: every row is exactly the
/// screen's width as the table in force measures it, no wide character is cut, and the frames
/// are the table's (ASCII when wide).
struct LibraryWidthTests {
    static let sequences = ["", "S", "f 8 1", "f 8 1 6 0 Enter", "?", "f 8 1 6 0 Enter Enter :6 Enter M", "f 8 1 6 0 Enter Enter :6 Enter a"]

    @Test(arguments: [(80, 24), (160, 40)], [AmbiguousWidth.wide, .narrow])
    func everyRowIsExactlyTheScreenWide(size: (Int, Int), ambiguous: AmbiguousWidth) {
        let table = DisplayWidth(ambiguous: ambiguous)
        for keys in Self.sequences {
            var (state, fake) = libraryState(size.0, size.1)
            state.setAmbiguousWidth(ambiguous == .wide ? .wide : .narrow)
            press(&state, keys, library: fake)
            let grid = App.render(state, size: state.size)
            let problems = AmbiguousWidthScreenTests.problems(grid, table: table)
            #expect(problems.isEmpty, "after '\(keys)' at \(size.0)×\(size.1) \(ambiguous):\n\(problems.prefix(5).joined(separator: "\n"))\n\(grid.lines.joined(separator: "\n"))")
            if ambiguous == .wide {
                let body = grid.lines.dropFirst().dropLast().joined()
                #expect(!body.contains("─") && !body.contains("│"), "after '\(keys)': line-drawing characters are ambiguous")
            }
        }
    }

    @Test func aCutLineEndsInAnEllipsisUnderEitherTable() {
        for mode in [AmbiguousWidthMode.wide, .narrow] {
            var (state, fake) = libraryState(80, 24)
            state.setAmbiguousWidth(mode)
            press(&state, "f 8 1 6 0 Enter Enter :6 Enter a", library: fake)
            // The heading (`·` is ambiguous) is cut by the table in force, so its `…` stays on screen.
            let heading = try! #require(screen(state).split(separator: "\n").first { $0.contains("voted in favour") })
            #expect(heading.contains("…"), "\(mode): \(heading)")
        }
    }

    @Test func theStatusRowNamesTheKeysOfTheTableInForce() {
        var (state, _) = libraryState(100, 24)
        #expect(screen(state).contains("Enter open  f filter  S sort  / search  ? help  q quit"))
        state.keyBindings.rebind(.sortMeetings, to: [.character("R")])
        #expect(MeetingsScreen.hints(state.keyBindings).contains("R sort"))
        #expect(screen(state).contains("R sort"))
        #expect(!screen(state).contains("S sort"))
    }
}
