/// A place in a library to open: the file(s) of a meeting and where to go in the first.
public struct LibraryPlace: Equatable, Sendable {
    /// The file to read, then the other language versions to read beside it.
    public var paths: [String]
    /// The statement (1-based) to show; `nil`: the start of the record.
    public var statement: Int?
    /// The paragraph (0-based) of that statement, and the match in it (Unicode scalars);
    /// `length` 0: nothing is highlighted.
    public var paragraph: Int
    public var offset: Int
    public var length: Int
    /// The reference mentioned there, followed on arrival (`]` goes on to its next mention).
    public var reference: String?

    public init(paths: [String], statement: Int? = nil, paragraph: Int = 0, offset: Int = 0, length: Int = 0, reference: String? = nil) {
        self.paths = paths
        self.reference = reference
        self.statement = statement
        self.paragraph = paragraph
        self.offset = offset
        self.length = length
    }
}
