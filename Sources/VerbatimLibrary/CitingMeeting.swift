/// A meeting that cites a reference: which statements, how often, and where first.
public struct CitingMeeting: Codable, Equatable, Sendable {
    /// The meeting.
    public var meeting: LibraryMeeting
    /// The file the counts are taken from (one version of the meeting).
    public var path: String
    /// The statements (1-based) of that file that cite the reference, ascending.
    public var statements: [Int]
    /// How many times that file mentions it.
    public var mentions: Int
    /// The first mention in that file.
    public var first: LibraryPosition

    public init(meeting: LibraryMeeting, path: String, statements: [Int], mentions: Int, first: LibraryPosition) {
        self.meeting = meeting
        self.path = path
        self.statements = statements
        self.mentions = mentions
        self.first = first
    }
}
