/// A cited thing as indexed over the whole record: its id, link and where it is mentioned.
public struct Reference: Codable, Equatable, Sendable {
    /// Canonical id, e.g. `S/RES/1540 (2004)`; for an instrument its catalogue id (`NPT`), or
    /// its name in `《…》` when the catalogue does not know it.
    public var id: String
    /// What kind of thing it is.
    public var kind: ReferenceKind
    /// Its public link (`https://undocs.org/zh/S/RES/1540(2004)`); `nil` for instruments.
    public var url: String?
    /// How many times it is mentioned in the whole record (agenda included).
    public var mentions: Int
    /// Indices (1-based) of the statements that cite it, ascending, each once.
    public var statements: [Int]
    /// For an instrument, the names it was cited by in the record, in order of first use
    /// (`不扩散核武器条约`, `不扩散条约`; generic back-references such as `条约` are not names);
    /// empty for UN symbols.
    public var names: [String]

    public init(id: String, kind: ReferenceKind, url: String?, mentions: Int, statements: [Int], names: [String] = []) {
        self.id = id
        self.kind = kind
        self.url = url
        self.mentions = mentions
        self.statements = statements
        self.names = names
    }
}

extension Reference {
    private enum CodingKeys: String, CodingKey { case id, kind, url, mentions, statements, names }

    /// Decodes JSON written before `names` existed as well.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(ReferenceKind.self, forKey: .kind)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        mentions = try container.decode(Int.self, forKey: .mentions)
        statements = try container.decode([Int].self, forKey: .statements)
        names = try container.decodeIfPresent([String].self, forKey: .names) ?? []
    }

    /// Encodes every key, `url` as `null` for instruments and `names` empty for symbols, so that
    /// the JSON shape is stable.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(url, forKey: .url)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(statements, forKey: .statements)
        try container.encode(names, forKey: .names)
    }
}
