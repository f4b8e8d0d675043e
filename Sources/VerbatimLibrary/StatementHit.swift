/// A paragraph or statement found in the library (search, a country's statements, a person's).
public struct StatementHit: Codable, Equatable, Sendable {
    /// The meeting's (or document's) symbol.
    public var symbol: String?
    /// The meeting's date, ISO 8601.
    public var isoDate: String?
    /// ISO 639-1 code of the file's language.
    public var language: String
    /// The file.
    public var path: String
    /// The statement (1-based); `nil` for text outside statements and for documents.
    public var statement: Int?
    /// The speaker's name (or the label for a role such as the President); `nil` outside statements.
    public var speaker: String?
    /// The speaker's country as written.
    public var country: String?
    /// The country's code (`CountryTable`).
    public var countryCode: String?
    /// The page of the original the paragraph starts on.
    public var page: Int
    /// A piece of the paragraph around the match (or its first words).
    public var snippet: String
    /// The match within `snippet`, in Unicode scalars; `nil` when nothing was searched.
    public var match: Range<Int>?
    /// Where to open.
    public var position: LibraryPosition
    /// How the country voted in the meeting (`in favour`, `against`, `abstaining`, joined by
    /// `, ` over several votes), for a country's list when the record has votes.
    public var vote: String?

    public init(
        symbol: String?, isoDate: String?, language: String, path: String, statement: Int?,
        speaker: String?, country: String?, countryCode: String?, page: Int, snippet: String,
        match: Range<Int>?, position: LibraryPosition, vote: String? = nil
    ) {
        self.symbol = symbol
        self.isoDate = isoDate
        self.language = language
        self.path = path
        self.statement = statement
        self.speaker = speaker
        self.country = country
        self.countryCode = countryCode
        self.page = page
        self.snippet = snippet
        self.match = match
        self.position = position
        self.vote = vote
    }
}
