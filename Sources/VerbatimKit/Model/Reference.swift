/// A cited thing as indexed over the whole record: its id, link and where it is mentioned.
public struct Reference: Codable, Equatable, Sendable {
    /// Canonical id, e.g. `S/RES/1540 (2004)`.
    public var id: String
    /// What kind of thing it is.
    public var kind: ReferenceKind
    /// Its public link (`https://undocs.org/zh/S/RES/1540(2004)`); `nil` for instruments.
    public var url: String?
    /// How many times it is mentioned in the whole record (agenda included).
    public var mentions: Int
    /// Indices (1-based) of the statements that cite it, ascending, each once.
    public var statements: [Int]

    public init(id: String, kind: ReferenceKind, url: String?, mentions: Int, statements: [Int]) {
        self.id = id
        self.kind = kind
        self.url = url
        self.mentions = mentions
        self.statements = statements
    }
}

extension Reference {
    private enum CodingKeys: String, CodingKey { case id, kind, url, mentions, statements }

    /// Encodes every key, `url` as `null` for instruments, so that the JSON shape is stable.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(url, forKey: .url)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(statements, forKey: .statements)
    }
}
