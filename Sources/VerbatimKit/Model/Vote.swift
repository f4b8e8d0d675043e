/// A vote taken in the meeting: the draft voted on, how, the countries on each side, and the
/// resolution the draft became.
public struct Vote: Codable, Equatable, Sendable {
    /// The draft's symbol (`S/2020/24`), when the record names it.
    public var draft: String?
    /// The resolution adopted, as a reference id (`S/RES/2505 (2020)`); `nil` when the draft
    /// was not adopted or the record does not say.
    public var resolution: String?
    /// How the vote was taken (`show of hands`), as the record says it; `nil` when it does not.
    public var method: String?
    /// Country codes (`CountryTable`) of those in favour, against and abstaining.
    public var inFavour: [String]
    public var against: [String]
    public var abstaining: [String]
    /// The printed page the vote is on.
    public var page: Int
    /// Where the vote stands in the record, for drawing it in place (not part of the JSON).
    public var position: Position? = nil

    /// A place in the record: an entry of `Record.blocks` and a paragraph of it (for text the
    /// parser could not attribute, the paragraphs are its non-blank lines).
    public struct Position: Equatable, Sendable {
        /// The index in `Record.blocks`.
        public var block: Int
        /// The paragraph the vote stands before.
        public var paragraph: Int

        public init(block: Int, paragraph: Int) {
            self.block = block
            self.paragraph = paragraph
        }
    }

    public init(
        draft: String? = nil, resolution: String? = nil, method: String? = nil,
        inFavour: [String] = [], against: [String] = [], abstaining: [String] = [], page: Int
    ) {
        self.draft = draft
        self.resolution = resolution
        self.method = method
        self.inFavour = inFavour
        self.against = against
        self.abstaining = abstaining
        self.page = page
    }
}

extension Vote {
    private enum CodingKeys: String, CodingKey { case draft, resolution, method, inFavour, against, abstaining, page }

    /// Encodes every key, absent parts as `null`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(draft, forKey: .draft)
        try container.encode(resolution, forKey: .resolution)
        try container.encode(method, forKey: .method)
        try container.encode(inFavour, forKey: .inFavour)
        try container.encode(against, forKey: .against)
        try container.encode(abstaining, forKey: .abstaining)
        try container.encode(page, forKey: .page)
    }
}
