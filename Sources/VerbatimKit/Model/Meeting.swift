/// Facts about the meeting a record documents: who met, when, and in what form the record is.
///
/// Every field is as printed in the record (or its cover page); a fact the record does not
/// state is `nil`, never guessed.
public struct Meeting: Codable, Equatable, Sendable {
    /// Whether the record is the provisional or the final version.
    public enum Status: String, Codable, Sendable {
        case provisional, final, unknown
    }

    /// Where the symbol was read: a fact the record states, or one inferred from its file name.
    public enum SymbolSource: String, Codable, Sendable {
        /// Printed on the cover page.
        case cover
        /// Printed in a running header (a record without its cover).
        case runningHeader = "running-header"
        /// Inferred from the file's name (`S_PV.8160_zh.txt`).
        case fileName = "file-name"
    }

    /// The record's symbol, e.g. `S/PV.8160`.
    public var symbol: String?
    /// Where `symbol` comes from: stated on the cover or a running header, or inferred from the
    /// file name; `nil` when there is no symbol.
    public var symbolSource: SymbolSource?
    /// The body that met, e.g. `安全理事会`.
    public var body: String?
    /// The meeting number, e.g. 8160.
    public var meetingNumber: Int?
    /// The date as written, e.g. `2018年1月18日星期四上午10时`.
    public var date: String?
    /// The date in ISO 8601 form (`2018-01-18`) when the written date could be read.
    public var isoDate: String?
    /// Provisional or final; `unknown` without a cover page.
    public var status: Status
    /// Every presiding officer named on the cover page, in order.
    public var presidents: [PresidingOfficer]
    /// The first presiding officer's name (kept for scripts written before `presidents`).
    public var president: String? { presidents.first?.name }
    /// The first presiding officer's country.
    public var presidentCountry: String? { presidents.first?.country }
    /// The members listed on the cover page.
    public var members: [Member]
    /// ISO 639-1 code of the record's language (`zh`).
    public var language: String
    /// The opening line's time as written, e.g. `上午10时20分`.
    public var openedAt: String?
    /// The closing line's time as written, e.g. `下午1时`.
    public var closedAt: String?
    /// The document job number from the cover page, e.g. `18-01234 (C)`.
    public var jobNumber: String?
    /// The part of a meeting published in parts (`S/PV.8699 (Resumption 1)` → 1); `nil` for the
    /// first or only part. `symbol` never includes the part.
    public var part: Int?

    public init(
        symbol: String? = nil, symbolSource: SymbolSource? = nil, body: String? = nil, meetingNumber: Int? = nil,
        date: String? = nil, isoDate: String? = nil, status: Status = .unknown,
        presidents: [PresidingOfficer] = [], members: [Member] = [],
        language: String, openedAt: String? = nil, closedAt: String? = nil,
        jobNumber: String? = nil, part: Int? = nil
    ) {
        self.symbol = symbol
        self.symbolSource = symbolSource
        self.body = body
        self.meetingNumber = meetingNumber
        self.date = date
        self.isoDate = isoDate
        self.status = status
        self.presidents = presidents
        self.members = members
        self.language = language
        self.openedAt = openedAt
        self.closedAt = closedAt
        self.jobNumber = jobNumber
        self.part = part
    }
}

/// A presiding officer as named on the cover page.
public struct PresidingOfficer: Codable, Equatable, Sendable {
    /// The name with its honorific, as written (`Mr. Dang`, `纳扎尔巴耶夫先生`).
    public var name: String
    /// The country, as written; `nil` when the cover names none.
    public var country: String?

    public init(name: String, country: String? = nil) {
        self.name = name
        self.country = country
    }
}

/// A member State and its representative, as listed on a cover page.
public struct Member: Codable, Equatable, Sendable {
    /// The member State, e.g. `中国`.
    public var country: String
    /// The representative's name, e.g. `吴海涛先生`.
    public var representative: String

    public init(country: String, representative: String) {
        self.country = country
        self.representative = representative
    }
}

extension Meeting {
    private enum CodingKeys: String, CodingKey {
        case symbol, symbolSource, part, body, meetingNumber, date, isoDate, status, presidents, president, presidentCountry
        case members, language, openedAt, closedAt, jobNumber
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            symbol: try container.decode(String?.self, forKey: .symbol),
            symbolSource: try container.decodeIfPresent(SymbolSource.self, forKey: .symbolSource),
            body: try container.decode(String?.self, forKey: .body),
            meetingNumber: try container.decode(Int?.self, forKey: .meetingNumber),
            date: try container.decode(String?.self, forKey: .date),
            isoDate: try container.decode(String?.self, forKey: .isoDate),
            status: try container.decode(Status.self, forKey: .status),
            presidents: try container.decode([PresidingOfficer].self, forKey: .presidents),
            members: try container.decode([Member].self, forKey: .members),
            language: try container.decode(String.self, forKey: .language),
            openedAt: try container.decode(String?.self, forKey: .openedAt),
            closedAt: try container.decode(String?.self, forKey: .closedAt),
            jobNumber: try container.decode(String?.self, forKey: .jobNumber),
            part: try container.decode(Int?.self, forKey: .part))
    }

    /// Encodes every key, unknown facts as `null`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(symbol, forKey: .symbol)
        try container.encode(symbolSource, forKey: .symbolSource)
        try container.encode(part, forKey: .part)
        try container.encode(body, forKey: .body)
        try container.encode(meetingNumber, forKey: .meetingNumber)
        try container.encode(date, forKey: .date)
        try container.encode(isoDate, forKey: .isoDate)
        try container.encode(status, forKey: .status)
        try container.encode(presidents, forKey: .presidents)
        try container.encode(president, forKey: .president)
        try container.encode(presidentCountry, forKey: .presidentCountry)
        try container.encode(members, forKey: .members)
        try container.encode(language, forKey: .language)
        try container.encode(openedAt, forKey: .openedAt)
        try container.encode(closedAt, forKey: .closedAt)
        try container.encode(jobNumber, forKey: .jobNumber)
    }
}
