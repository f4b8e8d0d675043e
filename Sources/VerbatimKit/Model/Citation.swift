/// One mention of a reference inside a paragraph (or agenda item): what was written and where.
///
/// What was written is a byte range of the text it was found in (the record's `TextBuffer`,
/// which its paragraph shares); `text` makes a `String` when it is asked for. A citation made
/// from a `String` (or given a new `text`) holds a buffer of its own (`TextSlice`). Two citations
/// are equal when their texts and other fields are.
public struct Citation: Codable, Equatable, Sendable {
    /// Canonical id of the cited thing, e.g. `S/RES/1540 (2004)`, `NPT`, `《布鲁塞尔宣言》`;
    /// `nil` for a generic back-reference (`《条约》`) that could not be resolved.
    public var id: String?
    /// What kind of thing is cited.
    public var kind: ReferenceKind
    /// Start offset in the paragraph's text, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) in the paragraph's text, in Unicode scalars.
    public var end: Int
    private var slice: TextSlice

    public init(id: String?, kind: ReferenceKind, text: String, start: Int, end: Int) {
        self.init(id: id, kind: kind, slice: TextSlice(text), start: start, end: end)
    }

    /// A citation written at `bytes` of `buffer`.
    init(id: String?, kind: ReferenceKind, buffer: TextBuffer, bytes: Range<Int>, start: Int, end: Int) {
        self.init(id: id, kind: kind, slice: TextSlice(buffer, bytes), start: start, end: end)
    }

    private init(id: String?, kind: ReferenceKind, slice: TextSlice, start: Int, end: Int) {
        self.id = id
        self.kind = kind
        self.start = start
        self.end = end
        self.slice = slice
    }

    /// The text as written in the paragraph.
    public var text: String {
        get { slice.string }
        set { slice = TextSlice(newValue) }
    }

    /// Calls `body` with the UTF-8 bytes of `text` (valid only during the call), without making
    /// a `String`.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try slice.withUTF8(body)
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

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decodeIfPresent(String.self, forKey: .id),
            kind: container.decode(ReferenceKind.self, forKey: .kind),
            text: container.decode(String.self, forKey: .text),
            start: container.decode(Int.self, forKey: .start),
            end: container.decode(Int.self, forKey: .end))
    }

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
