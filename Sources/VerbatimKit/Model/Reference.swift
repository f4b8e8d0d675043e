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
