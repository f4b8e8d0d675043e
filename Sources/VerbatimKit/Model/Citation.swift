/// One mention of a reference inside a paragraph (or agenda item): what was written and where.
public struct Citation: Codable, Equatable, Sendable {
    /// Canonical id of the cited thing, e.g. `S/RES/1540 (2004)`, `NPT`, `《布鲁塞尔宣言》`;
    /// `nil` for a generic back-reference (`《条约》`) that could not be resolved.
    public var id: String?
    /// What kind of thing is cited.
    public var kind: ReferenceKind
    /// The text as written in the paragraph.
    public var text: String
    /// Start offset in the paragraph's text, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) in the paragraph's text, in Unicode scalars.
    public var end: Int

    public init(id: String?, kind: ReferenceKind, text: String, start: Int, end: Int) {
        self.id = id
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
    }
}

/// The kinds of thing a record cites.
public enum ReferenceKind: String, Codable, Sendable, CaseIterable {
    /// A Security Council resolution, `S/RES/1540 (2004)`.
    case scResolution = "sc-resolution"
    /// A General Assembly resolution, `A/RES/70/47`.
    case gaResolution = "ga-resolution"
    /// A UN document by symbol, `S/2018/4`, `S/PV.3046`.
    case document
    /// A treaty, plan, code or other instrument, named in `《…》` or by a catalogue name.
    case instrument
}

extension Citation {
    private enum CodingKeys: String, CodingKey { case id, kind, text, start, end }

    /// Encodes every key, `id` as `null` for an unresolved back-reference.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
