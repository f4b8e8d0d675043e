/// Role names as the screens and commands show them in a language: the presiding officer, the
/// Secretary-General, the bodies that meet, a meeting's number, and how a name and its title
/// are put together. A language without names of its own gets the English ones.
public struct RoleNames: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String
    /// The presiding officer, as a role-only label names them (`主席`, `President`).
    public let president: String
    /// The Secretary-General (`秘书长`, `Secretary-General`).
    public let secretaryGeneral: String
    /// The Security Council (`安全理事会`, `Security Council`, `مجلس الأمن`).
    public let securityCouncil: String
    /// The General Assembly (`大会`, `General Assembly`).
    public let generalAssembly: String
    /// True when a title comes before the name (`Mr. Nebenzia`), false when after (`涅边贾先生`).
    public let titleBeforeName: Bool
    /// How the language numbers a meeting.
    private let meetingStyle: MeetingStyle

    /// The ways the six languages write "the Nth meeting".
    private enum MeetingStyle: Sendable {
        /// `第8160次会议`
        case chinese
        /// `8160th meeting`
        case english
        /// `8160e séance`
        case french
        /// `8160ª sesión`
        case spanish
        /// `8160-е заседание`
        case russian
        /// `الجلسة 8160`
        case arabic
    }

    public init(language: String) {
        self.language = language
        switch language {
        case "zh":
            (president, secretaryGeneral, securityCouncil, generalAssembly) = ("主席", "秘书长", "安全理事会", "大会")
            titleBeforeName = false
            meetingStyle = .chinese
        case "fr":
            (president, secretaryGeneral, securityCouncil, generalAssembly) =
                ("Président", "Secrétaire général", "Conseil de sécurité", "Assemblée générale")
            titleBeforeName = true
            meetingStyle = .french
        case "es":
            (president, secretaryGeneral, securityCouncil, generalAssembly) =
                ("Presidente", "Secretario General", "Consejo de Seguridad", "Asamblea General")
            titleBeforeName = true
            meetingStyle = .spanish
        case "ru":
            (president, secretaryGeneral, securityCouncil, generalAssembly) =
                ("Председатель", "Генеральный секретарь", "Совет Безопасности", "Генеральная Ассамблея")
            titleBeforeName = true
            meetingStyle = .russian
        case "ar":
            (president, secretaryGeneral, securityCouncil, generalAssembly) =
                ("الرئيس", "الأمين العام", "مجلس الأمن", "الجمعية العامة")
            titleBeforeName = true
            meetingStyle = .arabic
        default:
            (president, secretaryGeneral, securityCouncil, generalAssembly) =
                ("President", "Secretary-General", "Security Council", "General Assembly")
            titleBeforeName = true
            meetingStyle = .english
        }
    }

    /// "The meeting numbered `number`" as the title row shows it.
    public func meeting(_ number: Int) -> String {
        switch meetingStyle {
        case .chinese: "第\(number)次会议"
        case .english: "\(number)\(RoleNames.englishOrdinalSuffix(number)) meeting"
        case .french: "\(number)e séance"
        case .spanish: "\(number)ª sesión"
        case .russian: "\(number)-е заседание"
        case .arabic: "الجلسة \(number)"
        }
    }

    /// A person's name with their title in the language's order: `萨巴赫先生`, `Mr. Nebenzia`;
    /// the name alone without a title.
    public func person(name: String, title: String?) -> String {
        guard let title, !title.isEmpty else { return name }
        return titleBeforeName ? title + " " + name : name + title
    }

    /// The body whose meeting record has the symbol `symbol`: the Security Council for
    /// `S/PV.…`, the General Assembly for `A/…PV.…`; `nil` for any other symbol.
    public func body(ofRecordSymbol symbol: String) -> String? {
        if symbol.hasPrefix("S/PV.") { return securityCouncil }
        if symbol.hasPrefix("A/"), symbol.contains("/PV.") { return generalAssembly }
        return nil
    }

    /// `st`, `nd`, `rd` or `th`: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st…
    static func englishOrdinalSuffix(_ number: Int) -> String {
        let lastTwo = abs(number) % 100
        if (11...13).contains(lastTwo) { return "th" }
        switch abs(number) % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}
