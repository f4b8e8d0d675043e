/// Conditions a search's hits must meet besides holding the query.
public struct SearchFilter: Equatable, Sendable {
    /// Part of the speaker's name or label (case-insensitive for Latin letters).
    public var speaker: String?
    /// A country code (`CHN`) or part of the country's name as written.
    public var country: String?
    /// A reference id (`S/RES/1540 (2004)`) the statement cites.
    public var cites: String?
    /// The earliest meeting date, `YYYY-MM-DD`, inclusive.
    public var from: String?
    /// The latest meeting date, `YYYY-MM-DD`, inclusive.
    public var to: String?

    public init(speaker: String? = nil, country: String? = nil, cites: String? = nil, from: String? = nil, to: String? = nil) {
        self.speaker = speaker
        self.country = country
        self.cites = cites
        self.from = from
        self.to = to
    }
}
