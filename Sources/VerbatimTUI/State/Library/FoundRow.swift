/// One row of a list from the library (`M`, `a`, `A`, a search): a meeting or a statement in
/// one, with what is known of it, and the place Enter opens.
public struct FoundRow: Equatable, Sendable {
    public var symbol: String?
    public var isoDate: String?
    public var speaker: String?
    public var country: String?
    public var page: Int?
    /// The snippet, or the statement's first words.
    public var text: String
    /// The match in `text`, in Unicode scalars.
    public var match: Range<Int>?
    /// How the country voted at that meeting ("in favour"…), when known.
    public var vote: String?
    /// Mentions of the reference in that meeting (the `M` list).
    public var mentions: Int?
    public var place: LibraryPlace

    public init(symbol: String?, isoDate: String?, speaker: String? = nil, country: String? = nil, page: Int? = nil,
                text: String = "", match: Range<Int>? = nil, vote: String? = nil, mentions: Int? = nil, place: LibraryPlace) {
        self.symbol = symbol
        self.isoDate = isoDate
        self.speaker = speaker
        self.country = country
        self.page = page
        self.text = text
        self.match = match
        self.vote = vote
        self.mentions = mentions
        self.place = place
    }
}
