/// A meeting of the library: its language versions, parts and statuses grouped under one key.
public struct LibraryMeeting: Codable, Equatable, Sendable {
    /// The symbol (`S/PV.8160`), or the file's path when neither cover nor file name gives one.
    public var key: String
    /// The symbol, from the cover page or else the file name; `nil` when neither gives one.
    public var symbol: String?
    /// The meeting's date in ISO 8601 form, when a version's cover states it.
    public var isoDate: String?
    /// The body that met, as the primary version writes it.
    public var body: String?
    /// The first agenda item of the primary version.
    public var title: String?
    /// The number of statements in the primary version (all its parts together).
    public var statements: Int
    /// The languages the meeting is held in, ISO 639-1, sorted.
    public var languages: [String]
    /// Every file of the meeting: languages, parts and statuses, sorted by part, language, status.
    public var files: [LibraryFile]

    public init(
        key: String, symbol: String?, isoDate: String?, body: String?, title: String?,
        statements: Int, languages: [String], files: [LibraryFile]
    ) {
        self.key = key
        self.symbol = symbol
        self.isoDate = isoDate
        self.body = body
        self.title = title
        self.statements = statements
        self.languages = languages
        self.files = files
    }
}
