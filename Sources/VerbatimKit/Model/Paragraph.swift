/// A paragraph of a statement, rebuilt from the record's hard-wrapped lines.
///
/// Its text is a byte range of the record's `TextBuffer`, shared by all the paragraphs the
/// parser read; `text` makes a `String` when it is asked for, and `withUTF8` reads the bytes
/// without one. A paragraph made from a `String` (or given a new `text`) holds a buffer of its
/// own. Two paragraphs are equal when their texts and other fields are.
public struct Paragraph: Codable, Equatable, Sendable {
    private var slice: TextSlice
    /// ISO 639-1 code of the language it was spoken in.
    public var language: String
    /// The page of the original record on which it starts.
    public var page: Int
    /// The citations it holds, in order of `start`.
    public var references: [Citation]
    /// First and last source line (1-based) it was rebuilt from.
    public var lines: LineSpan

    public init(text: String, language: String, page: Int, references: [Citation] = [], lines: LineSpan) {
        self.init(slice: TextSlice(text), language: language, page: page, references: references, lines: lines)
    }

    /// A paragraph whose text is `buffer`'s bytes `range`.
    init(buffer: TextBuffer, range: Range<Int>, language: String, page: Int, references: [Citation] = [], lines: LineSpan) {
        self.init(slice: TextSlice(buffer, range), language: language, page: page, references: references, lines: lines)
    }

    private init(slice: TextSlice, language: String, page: Int, references: [Citation], lines: LineSpan) {
        self.slice = slice
        self.language = language
        self.page = page
        self.references = references
        self.lines = lines
    }

    /// The paragraph's text, joined from its source lines (no artifacts, no hard wraps).
    public var text: String {
        get { slice.string }
        set { slice = TextSlice(newValue) }
    }

    /// The length of the text in UTF-8 bytes.
    public var utf8Count: Int { slice.utf8Count }

    /// The number of Unicode scalars in the text (the unit of citation offsets), counted on its
    /// UTF-8 without making a `String`.
    public var scalarCount: Int {
        withUTF8 { UTF8Scalars.scalarCount($0, from: 0, to: $0.count) }
    }

    /// The buffer the text is in, and where in it the text starts (citations found in the
    /// text are ranges of the same buffer).
    var textLocation: (buffer: TextBuffer, offset: Int) { (slice.buffer, slice.offset) }

    /// Calls `body` with the text's UTF-8 bytes (valid only during the call), without making a
    /// `String`.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try slice.withUTF8(body)
    }

    private enum CodingKeys: String, CodingKey { case text, language, page, references, lines }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            text: container.decode(String.self, forKey: .text),
            language: container.decode(String.self, forKey: .language),
            page: container.decode(Int.self, forKey: .page),
            references: container.decode([Citation].self, forKey: .references),
            lines: container.decode(LineSpan.self, forKey: .lines))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(language, forKey: .language)
        try container.encode(page, forKey: .page)
        try container.encode(references, forKey: .references)
        try container.encode(lines, forKey: .lines)
    }
}

/// A note inside a statement on a line of its own, such as `（以哈萨克语发言；英文口译由代表团提供）`.
public struct Note: Codable, Equatable, Sendable {
    /// The note as written, brackets included.
    public var text: String
    /// The language the speaker switched to, when the note says so (ISO 639-1).
    public var language: String?
    /// The index (0-based) in the statement's paragraphs of the paragraph the note stands before
    /// (equal to the paragraph count when it ends the statement).
    public var beforeParagraph: Int
    /// The page it is printed on.
    public var page: Int
    /// The source line (1-based) it was read from.
    public var line: Int

    public init(text: String, language: String?, beforeParagraph: Int, page: Int, line: Int) {
        self.text = text
        self.language = language
        self.beforeParagraph = beforeParagraph
        self.page = page
        self.line = line
    }
}

/// An inclusive range of 1-based source line numbers (or page numbers), `[first, last]` in JSON.
public struct LineSpan: Codable, Equatable, Sendable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        first = try container.decode(Int.self)
        last = try container.decode(Int.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(first)
        try container.encode(last)
    }
}

extension Note {
    private enum CodingKeys: String, CodingKey { case text, language, beforeParagraph, page, line }

    /// Encodes every key, `language` as `null` when the note switches none.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(language, forKey: .language)
        try container.encode(beforeParagraph, forKey: .beforeParagraph)
        try container.encode(page, forKey: .page)
        try container.encode(line, forKey: .line)
    }
}
