/// The screen a record opens on: the meeting's overview, or its first statement (the config
/// file's `initial-screen`).
public enum InitialScreen: String, Sendable, CaseIterable {
    case overview
    case statement
}

extension AppState {
    /// Puts the reader where `initialScreen` says a record opens: on its first statement, or at
    /// the start of the meeting, where its overview stands. Not a jump: nothing to go back to.
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
