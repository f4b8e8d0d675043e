/// One speaker of a meeting as the overview counts them: every statement of one person for one
/// country (all the presiding officer's statements together), with the characters spoken.
public struct SpeakerShare: Equatable, Sendable {
    /// What groups statements into one speaker: `president` for the chair, else the person and
    /// the country.
    public var key: String
    /// The person as the labels name them (`纳扎尔巴耶夫`, `Mr. Nebenzia`), or the role.
    public var name: String
    /// The country, when the labels or the cover give one.
    public var country: String?
    /// Chair, Secretary-General or speaker.
    public var role: Speaker.Role
    /// The 1-based indices of the statements, ascending.
    public var statements: [Int]
    /// Characters (Unicode scalars) of the statements' paragraphs.
    public var characters: Int
    /// The ISO 639-1 codes of the languages spoken, in order of first use.
    public var languages: [String]
    /// This speaker's part of the meeting's characters, 0...1.
    public var share: Double
    /// `share` as a whole percentage; the percentages of a meeting's speakers add up to exactly
    /// 100 (largest remainders are rounded up).
    public var percent: Int
}
