/// A parsed verbatim record: the meeting, its agenda, and everything said, in reading order.
public struct Record: Codable, Equatable, Sendable {
    /// One entry of the record in reading order.
    public enum Block: Equatable, Sendable {
        /// A procedural line; the payload indexes `Record.procedural`.
        case procedural(Int)
        /// A statement; the payload indexes `Record.statements` (0-based).
        case statement(Int)
        /// Unattributed text; the payload indexes `Record.unattributed`.
        case unattributed(Int)
    }

    /// Facts about the meeting.
    public var meeting: Meeting
    /// The agenda items.
    public var agenda: [AgendaItem]
    /// Procedural lines (opening, agenda, closing…), in reading order.
    public var procedural: [ProceduralLine]
    /// The statements, in reading order; `statements[i].index == i + 1`.
    public var statements: [Statement]
    /// Every entry in reading order.
    public var blocks: [Block]
    /// Every cited thing, indexed over the whole record.
    public var references: [Reference]
    /// The votes taken in the meeting, in reading order.
    public var votes: [Vote]
    /// Text the parser could not attribute, kept so that nothing is lost.
    public var unattributed: [UnattributedBlock]
    /// Problems a reader should know of (encoding guessed, no speaker labels…), one line each.
    public var warnings: [String]

    public init(
        meeting: Meeting, agenda: [AgendaItem] = [], procedural: [ProceduralLine] = [],
        statements: [Statement] = [], blocks: [Block] = [], references: [Reference] = [],
        votes: [Vote] = [], unattributed: [UnattributedBlock] = [], warnings: [String] = []
    ) {
        self.meeting = meeting
        self.agenda = agenda
        self.procedural = procedural
        self.statements = statements
        self.blocks = blocks
        self.references = references
        self.votes = votes
        self.unattributed = unattributed
        self.warnings = warnings
    }
}

extension Record.Block: Codable {
    private enum CodingKeys: String, CodingKey { case type, index }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let index = try container.decode(Int.self, forKey: .index)
        switch try container.decode(String.self, forKey: .type) {
        case "procedural": self = .procedural(index)
        case "statement": self = .statement(index)
        case "unattributed": self = .unattributed(index)
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown block type \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .procedural(let index):
            try container.encode("procedural", forKey: .type)
            try container.encode(index, forKey: .index)
        case .statement(let index):
            try container.encode("statement", forKey: .type)
            try container.encode(index, forKey: .index)
        case .unattributed(let index):
            try container.encode("unattributed", forKey: .type)
            try container.encode(index, forKey: .index)
        }
    }
}
