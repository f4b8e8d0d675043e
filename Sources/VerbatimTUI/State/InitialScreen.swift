/// The screen a record opens on.
public enum InitialScreen: String, CaseIterable, Sendable {
    /// The meeting at a glance.
    case overview
    /// The record's first entry (its opening line).
    case firstStatement = "first-statement"
}
