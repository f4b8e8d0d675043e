/// A line of the record that is not part of any statement: the opening, the adoption of the
/// agenda, an agenda item, a suspension or resumption, the closing, or a later meeting's
/// opening in a concatenated file.
public struct ProceduralLine: Codable, Equatable, Sendable {
    /// What the line records.
    public enum Kind: String, Codable, Sendable {
        /// `上午10时20分开会。`
        case opening
        /// `通过议程` / `议程通过。`
        case agendaAdoption = "agenda-adoption"
        /// An agenda item title.
        case agendaItem = "agenda-item"
        /// `下午1时散会。`
        case closing
        /// A cover page or other front matter met inside the text.
        case coverPage = "cover-page"
        /// `下午1时10分休会。`, `会议于下午1时10分暂停，下午3时复会。`: the meeting is suspended
        /// (and, when the line says so, resumed) between statements.
        case suspension
        /// `下午3时复会。`: the meeting resumes.
        case resumption
    }

    /// What the line records.
    public var kind: Kind
    /// The text (hard wraps joined).
    public var text: String
    /// The citations it holds.
    public var references: [Citation]
    /// The page it is printed on.
    public var page: Int
    /// First and last source line (1-based).
    public var lines: LineSpan

    public init(kind: Kind, text: String, references: [Citation] = [], page: Int, lines: LineSpan) {
        self.kind = kind
        self.text = text
        self.references = references
        self.page = page
        self.lines = lines
    }
}

/// An agenda item title with the documents it cites.
public struct AgendaItem: Codable, Equatable, Sendable {
    /// The title, hard wraps joined.
    public var title: String
    /// The citations in the title.
    public var references: [Citation]
    /// First and last source line (1-based).
    public var lines: LineSpan

    public init(title: String, references: [Citation] = [], lines: LineSpan) {
        self.title = title
        self.references = references
        self.lines = lines
    }
}

/// Text the parser could not attribute to a statement or procedural line; kept and shown.
public struct UnattributedBlock: Codable, Equatable, Sendable {
    /// The text, hard wraps joined.
    public var text: String
    /// The page it starts on.
    public var page: Int
    /// First and last source line (1-based).
    public var lines: LineSpan

    public init(text: String, page: Int, lines: LineSpan) {
        self.text = text
        self.page = page
        self.lines = lines
    }
}
