/// A place in one file of the library.
public struct LibraryPosition: Codable, Equatable, Hashable, Sendable {
    /// The file.
    public var path: String
    /// The statement (1-based), or `nil` for a procedural line, unattributed text or a document's paragraph.
    public var statement: Int?
    /// The paragraph (0-based) within the statement; otherwise the index of the block in the
    /// record's procedural lines, unattributed blocks or the document's paragraphs.
    public var paragraph: Int
    /// Offset within the paragraph's text, in Unicode scalars.
    public var offset: Int

    public init(path: String, statement: Int?, paragraph: Int, offset: Int) {
        self.path = path
        self.statement = statement
        self.paragraph = paragraph
        self.offset = offset
    }
}
