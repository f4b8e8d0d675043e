/// The screen a record opens on (the config file's `initial-screen`).
public enum InitialScreen: String, Sendable, CaseIterable {
    /// The meeting at a glance.
    case overview
    /// The first statement.
    case statement
    /// The record's first entry in reading order (its opening line).
    case start
}

extension AppState {
    /// Puts the reader where `initialScreen` says a record opens: on its first statement, or at
    /// the start of the meeting (where the overview, when shown, stands). Not a jump: nothing to
    /// go back to.
    public mutating func showInitialScreen() {
        guard initialScreen == .statement, let first = document.statementEntries.first else { return }
        entry = first
        scroll = 0
        mention = nil
        speakerSelection = first
        referenceSelection = 0
        clamp()
    }
}
