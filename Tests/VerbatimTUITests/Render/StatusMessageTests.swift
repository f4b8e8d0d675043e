import Testing
@testable import VerbatimTUI

/// On a narrow screen the answer to the last key is shown whole: the key hints go first, then
/// the position is shortened; with no message the hints come back.
@Test func aNarrowStatusRowShowsTheMessageWholeBeforeTheHints() {
    var state = Fixture.state(60, 12)
    press(&state, ":16 Enter ] ]")
    let message = try! #require(state.message)
    #expect(message == "S/RES/1540 (2004): mention 11 of 15")
    let status = row(state, 11)
    #expect(status.contains(message), "\(status)")
    #expect(status.hasPrefix(" 16/24 · p. "))
    #expect(!status.contains("? help"))
    press(&state, "j")
    #expect(state.message == nil)
    let quiet = row(state, 11)
    #expect(quiet.hasPrefix(" statement 16/24"))
    #expect(quiet.contains("? help  q quit"))
}
