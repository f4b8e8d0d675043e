import Testing
@testable import VerbatimTUI

@Test func everyActionIsBoundAndListedInTheHelpScreen() {
    var state = SampleRecord.state(120, 30)
    press(&state, "?")
    // Page through the help as the user would, collecting what is on screen.
    var seen = ""
    for _ in 0..<20 {
        seen += screen(state) + "\n"
        press(&state, "Space")
    }
    for action in Action.allCases {
        let bindings = Keymap.bindings(of: action)
        #expect(!bindings.isEmpty, "\(action) has no key")
        #expect(seen.contains(action.summary), "help lacks \(action): \(action.summary)")
        let keys = bindings.map(\.key.displayName).joined(separator: " ")
        #expect(seen.contains(keys), "help lacks the keys of \(action): \(keys)")
    }
}

@Test func noKeyIsBoundTwiceInTheSamePane() {
    for pane in PaneID.allCases {
        var seen: [Key: Action] = [:]
        for binding in Keymap.bindings where binding.pane == nil || binding.pane == pane {
            if let other = seen[binding.key], binding.pane == nil {
                Issue.record("\(binding.key) is bound to \(other) and \(binding.action)")
            }
            seen[binding.key] = binding.action
        }
    }
}

@Test func enterMeansOpenInTheSpeakerListAndFollowInTheSidebar() {
    #expect(Keymap.action(for: .enter, in: .speakers) == .openStatement)
    #expect(Keymap.action(for: .enter, in: .references) == .follow)
    #expect(Keymap.action(for: .character("}"), in: .references) == .nextStatement)
}
