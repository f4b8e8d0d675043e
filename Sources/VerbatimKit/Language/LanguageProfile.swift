/// What the parser, the panes and the commands know about the records of one language: how its
/// speaker labels are written, its procedural phrases, its cover-page words, its citation forms,
/// the names of roles on screen, and its line-breaking locale.
///
/// A profile is assembled from parts, each in a file of its own (`LabelGrammar`,
/// `ProceduralPhrases`, `CoverWords`, `CitationWords`, `RoleNames`). A seventh language, or
/// another body's records, is a new profile: new values of the parts, not edits across the parser.
public struct LanguageProfile: Sendable {
    /// ISO 639-1 code: `zh`, `en`, `fr`, `es`, `ru`, `ar`.
    public let code: String
    /// The ICU locale for line breaking (`zh` applies the Chinese rules).
    public let lineBreakLocale: String
    /// True for scripts written right to left (Arabic).
    public let isRightToLeft: Bool
    /// How speaker labels are written.
    public let labels: LabelGrammar
    /// Opening, closing, suspension, agenda and vote phrases.
    public let procedure: ProceduralPhrases
    /// The words of the cover page, the running headers and the footers.
    public let cover: CoverWords
    /// How resolutions, documents and instruments are cited.
    public let citations: CitationWords
    /// Role names as the screens show them (President, Secretary-General, the body).
    public let roles: RoleNames
    /// The words of a vote and its result.
    public var votes: VotePhrases { VotePhrases.all.first { $0.language == code } ?? VotePhrases(language: code) }
    /// The kinds of line the parser recognises, in the order it tries them.
    public let recognizers: [LineRecognizer]

    public init(
        code: String, lineBreakLocale: String, isRightToLeft: Bool, labels: LabelGrammar,
        procedure: ProceduralPhrases, cover: CoverWords, citations: CitationWords, roles: RoleNames,
        recognizers: [LineRecognizer] = LineRecognizer.standard
    ) {
        self.code = code
        self.lineBreakLocale = lineBreakLocale
        self.isRightToLeft = isRightToLeft
        self.labels = labels
        self.procedure = procedure
        self.cover = cover
        self.citations = citations
        self.roles = roles
        self.recognizers = recognizers
    }

    /// The profile of the six official languages with code `code`.
    public init(standard code: String) {
        self.init(
            code: code, lineBreakLocale: code, isRightToLeft: code == "ar",
            labels: LabelGrammar(language: code), procedure: ProceduralPhrases(language: code),
            cover: CoverWords(language: code), citations: CitationWords(language: code),
            roles: RoleNames(language: code))
    }

    public static let chinese = LanguageProfile(standard: "zh")
    public static let english = LanguageProfile(standard: "en")
    public static let french = LanguageProfile(standard: "fr")
    public static let spanish = LanguageProfile(standard: "es")
    public static let russian = LanguageProfile(standard: "ru")
    public static let arabic = LanguageProfile(standard: "ar")

    /// The six official languages, Chinese first.
    public static let all: [LanguageProfile] = [chinese, english, french, spanish, russian, arabic]

    /// The profile for an ISO 639-1 code, or `nil` for a language without one. Only that
    /// language's profile is built: each costs about a million instructions at start-up.
    public static func named(_ code: String) -> LanguageProfile? {
        switch code {
        case "zh": return chinese
        case "en": return english
        case "fr": return french
        case "es": return spanish
        case "ru": return russian
        case "ar": return arabic
        default: return nil
        }
    }
}
