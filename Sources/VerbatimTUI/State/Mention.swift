import VerbatimKit

/// A place in the record's text: an entry, a paragraph in it, and a scalar range of the
/// paragraph. Used for citation mentions and search matches; ordered in reading order.
public struct TextPosition: Hashable, Comparable, Sendable {
    /// Index in the document's entries.
    public var entry: Int
    /// Index in the entry's paragraphs.
    public var paragraph: Int
    /// Start offset in the paragraph, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive), in Unicode scalars.
    public var end: Int

    public init(entry: Int, paragraph: Int, start: Int, end: Int) {
        self.entry = entry
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.entry, a.paragraph, a.start, a.end) < (b.entry, b.paragraph, b.start, b.end)
    }
}

/// A reference cited in one entry, as the reference sidebar lists it.
public struct EntryReference: Equatable, Sendable {
    /// The key it is indexed by: the canonical id, or the text as written when the id is unknown.
    public var key: String
    public var kind: ReferenceKindGroup
    /// Mentions in this entry.
    public var here: Int
    /// Mentions in the whole record.
    public var total: Int
}

/// The sidebar's groups of references.
public enum ReferenceKindGroup: Int, CaseIterable, Comparable, Sendable {
    case scResolution, gaResolution, document, instrument, unresolved

    /// The group heading.
    public var title: String {
        switch self {
        case .scResolution: "SC resolutions"
        case .gaResolution: "GA resolutions"
        case .document: "Documents"
        case .instrument: "Instruments"
        case .unresolved: "Unresolved mentions"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

extension Citation {
    /// The scalar range of the citation in its paragraph (empty, never inverted, for damaged offsets).
    var scalarRange: Range<Int> {
        max(0, start)..<max(0, start, end)
    }
}

extension TextPosition {
    /// The scalar range of the position in its paragraph (never inverted).
    var scalarRange: Range<Int> {
        max(0, start)..<max(0, start, end)
    }
}
