/// The screen a record opens on: the meeting's overview, or its first statement (the config
/// file's `initial-screen`).
public enum InitialScreen: String, Sendable, CaseIterable {
    case overview
    case statement
}
