/// Who made a statement, read from the speaker label (and, where the label lacks it, the
/// presiding officer's invitation just before).
public struct Speaker: Codable, Equatable, Sendable {
    /// The part a speaker plays in the meeting.
    public enum Role: String, Codable, Sendable {
        /// The presiding officer (`主席`).
        case president
        /// The Secretary-General (`秘书长`).
        case secretaryGeneral = "secretary-general"
        /// Any other speaker.
        case speaker
    }

    /// The label exactly as written, without the final colon, e.g. `萨巴赫先生（科威特）（以阿拉伯语发言）`.
    public var label: String
    /// The person's name, e.g. `萨巴赫`; `nil` for a role-only label such as `主席`.
    public var name: String?
    /// The title or honorific, e.g. `先生`, `女士`, `夫人`, `总统`.
    public var title: String?
    /// President, Secretary-General or speaker.
    public var role: Role
    /// Country or affiliation, e.g. `科威特`.
    public var country: String?
    /// The country as an identity: ISO 3166-1 alpha-3 for a State, a documented code for
    /// observers and organisations (`CountryTable`), `nil` when the label names no country.
    public var countryCode: String?
    /// True when `country` was taken from the presiding officer's invitation, not the label.
    public var countryInferred: Bool
    /// ISO 639-1 code of the language the statement opened in (`ru`, `en`, `kk`, `zh`…).
    public var language: String
    /// For the presiding officer's statements: who is in the chair at that point, from the
    /// cover's presidents and the hand-overs the record states (`PresidingOfficers`); `nil`
    /// for other speakers and when the record does not tell.
    public var person: PresidingOfficer?

    public init(
        label: String, name: String? = nil, title: String? = nil, role: Role = .speaker,
        country: String? = nil, countryCode: String? = nil, countryInferred: Bool = false, language: String
    ) {
        self.label = label
        self.name = name
        self.title = title
        self.role = role
        self.country = country
        self.countryCode = countryCode
        self.countryInferred = countryInferred
        self.language = language
        self.person = nil
    }
}

extension Speaker {
    private enum CodingKeys: String, CodingKey { case label, name, title, role, country, countryCode, countryInferred, language, person }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            label: try container.decode(String.self, forKey: .label),
            name: try container.decodeIfPresent(String.self, forKey: .name),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            role: try container.decode(Role.self, forKey: .role),
            country: try container.decodeIfPresent(String.self, forKey: .country),
            countryCode: try container.decodeIfPresent(String.self, forKey: .countryCode),
            countryInferred: try container.decodeIfPresent(Bool.self, forKey: .countryInferred) ?? false,
            language: try container.decode(String.self, forKey: .language))
        person = try container.decodeIfPresent(PresidingOfficer.self, forKey: .person)
    }

    /// Encodes every key, absent parts as `null`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(name, forKey: .name)
        try container.encode(title, forKey: .title)
        try container.encode(role, forKey: .role)
        try container.encode(country, forKey: .country)
        try container.encode(countryCode, forKey: .countryCode)
        try container.encode(countryInferred, forKey: .countryInferred)
        try container.encode(language, forKey: .language)
        try container.encode(person, forKey: .person)
    }
}
