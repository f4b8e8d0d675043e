/// The three panes of the main screen.
public enum PaneID: String, CaseIterable, Sendable {
    case speakers, statement, references
    /// The meetings list of a library (a screen of its own, not beside the others).
    case meetings

    /// The name shown in the pane's border and in the help screen.
    public var title: String {
        switch self {
        case .speakers: "Speakers"
        case .statement: "Statement"
        case .references: "References"
        case .meetings: "Meetings"
        }
    }
}
