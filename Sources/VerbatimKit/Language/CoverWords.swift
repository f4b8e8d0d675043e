/// A language's cover-page words: the Organization's name, the bodies, the headings of the
/// presiding officer, the members and the agenda, the provisional mark, the meeting word and
/// its ordinal marks, the month names of the date, the honorifics before or after a
/// representative's name, and the word of a resumed meeting's symbol (`(Resumption 1)`).
///
/// Words are compared after `fold(_:)`: case is ignored, and in Arabic the tatweel and the order
/// of alef and lam (which pdf.js emits swapped in lam-alef ligatures) are ignored.
public struct CoverWords: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String
    /// The Organization's name above the symbol: `联合国`, `United Nations`.
    public let unitedNations: [String]
    /// The bodies whose records these are, as the cover writes them.
    public let bodies: [String]
    /// Headings of the presiding officer line (`主席`, `President`, `Presidents`).
    public let presidentHeadings: [String]
    /// Headings of the members list (`成员`, `Members`).
    public let memberHeadings: [String]
    /// Headings of the agenda (`议程`, `Agenda`).
    public let agendaHeadings: [String]
    /// Lines that mark a provisional record (`临时`, `临时逐字记录`, `Provisional`).
    public let provisional: [String]
    /// The word of a meeting line (`次会议`, `meeting`, `séance`), after the number.
    public let meetingWords: [String]
    /// Marks that may stand beside the meeting number (`第`, `th`, `e`, `ª`, `-е`).
    public let ordinalMarks: [String]
    /// The names of the twelve months, each with the forms dates use; empty for a language
    /// that writes dates with `年月日`.
    public let months: [[String]]
    /// Honorifics of representatives (`Mr.`, `Mme`, `г-н`, `السيد`; `先生`, `女士`).
    public let honorifics: [String]
    /// True when the honorific follows the name (`吴海涛先生`), false when it precedes it.
    public let honorificFollowsName: Bool
    /// True when an extraction may glue the honorific to the country before it, with no space
    /// (the Arabic of pdf.js: `الصينالسيد سون لي`).
    public let honorificMayBeGlued: Bool
    /// The word of a resumed meeting's part in its symbol (`Resumption`, `Reprise`).
    public let resumption: [String]
    /// The marks after the year, month and day of a date written with numbers only
    /// (`年`, `月`, `日`); empty when months have names.
    public let dateUnits: [String]
    /// Words that end the date on its line (`在` of `…10时在纽约举行`).
    public let dateEnds: [String]
    /// The language's own numerals and their values (`〇`…`九`, and `十`, `百`, `千` as
    /// multipliers), for meeting numbers written in them.
    public let numerals: [Character: Int]

    public init(
        language: String, unitedNations: [String], bodies: [String], presidentHeadings: [String],
        memberHeadings: [String], agendaHeadings: [String], provisional: [String], meetingWords: [String],
        ordinalMarks: [String], months: [[String]], honorifics: [String], honorificFollowsName: Bool,
        resumption: [String], dateUnits: [String] = [], dateEnds: [String] = [],
        numerals: [Character: Int] = [:], honorificMayBeGlued: Bool = false
    ) {
        self.language = language
        self.unitedNations = unitedNations
        self.bodies = bodies
        self.presidentHeadings = presidentHeadings
        self.memberHeadings = memberHeadings
        self.agendaHeadings = agendaHeadings
        self.provisional = provisional
        self.meetingWords = meetingWords
        self.ordinalMarks = ordinalMarks
        self.months = months
        self.honorifics = honorifics
        self.honorificFollowsName = honorificFollowsName
        self.resumption = resumption
        self.dateUnits = dateUnits
        self.dateEnds = dateEnds
        self.numerals = numerals
        self.honorificMayBeGlued = honorificMayBeGlued
    }

    /// The cover words of one of the six official languages (English for an unknown code).
    public init(language: String) {
        self = Self.all.first { $0.language == language } ?? Self.english
    }

    /// The text as words are compared: lower case; in Arabic without tatweel, with alef forms
    /// unified and each run of alef and lam letters in a fixed order.
    public func fold(_ text: String) -> String {
        Self.fold(text)
    }

    /// `fold(_:)`, the same for every language (it changes only what a language has).
    public static func fold(_ text: String) -> String {
        let lower = text.lowercased()
        guard lower.unicodeScalars.contains(where: { $0.value >= 0x600 && $0.value <= 0x6FF }) else { return lower }
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func flush() {
            out.append(contentsOf: run.sorted { $0.value < $1.value })
            run.removeAll()
        }
        for scalar in lower.unicodeScalars {
            switch scalar.value {
            case 0x640: continue  // tatweel
            case 0x622, 0x623, 0x625, 0x627: run.append("\u{627}")
            case 0x644: run.append(scalar)
            default:
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }

    /// `fold(_:)` without spaces: how cover lines are compared with the words, so that an
    /// extraction's stray spaces (`主 席：`, `安全 理事会`) change nothing.
    public static func key(_ text: String) -> String {
        fold(text).filter { !isSpace($0) }
    }

    /// Spaces an extraction may put anywhere: ASCII, no-break, narrow no-break, ideographic.
    static func isSpace(_ ch: Character) -> Bool {
        ch == " " || ch == "\u{A0}" || ch == "\u{202F}" || ch == "\u{3000}" || ch == "\t"
    }

    // MARK: - The six languages

    public static let chinese = CoverWords(
        language: "zh", unitedNations: ["联合国"], bodies: ["安全理事会", "大会"],
        presidentHeadings: ["主席", "代理主席"], memberHeadings: ["成员"], agendaHeadings: ["议程"],
        provisional: ["临时", "临时逐字记录"], meetingWords: ["次会议", "次全体会议"], ordinalMarks: ["第"],
        months: [], honorifics: ["先生", "女士", "夫人", "阁下"], honorificFollowsName: true,
        resumption: [], dateUnits: ["年", "月", "日"], dateEnds: ["在"],
        numerals: ["〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                   "八": 8, "九": 9, "十": 10, "百": 100, "千": 1000, "万": 10000])

    public static let english = CoverWords(
        language: "en", unitedNations: ["United Nations"], bodies: ["Security Council", "General Assembly"],
        presidentHeadings: ["President", "Presidents", "Acting President"], memberHeadings: ["Members"],
        agendaHeadings: ["Agenda"], provisional: ["Provisional"], meetingWords: ["meeting", "plenary meeting"],
        ordinalMarks: ["st", "nd", "rd", "th"],
        months: [["January"], ["February"], ["March"], ["April"], ["May"], ["June"], ["July"], ["August"],
                 ["September"], ["October"], ["November"], ["December"]],
        honorifics: ["Mr.", "Mrs.", "Ms.", "Miss", "Dame", "Sir", "Lord"], honorificFollowsName: false,
        resumption: ["Resumption"])

    public static let french = CoverWords(
        language: "fr", unitedNations: ["Nations Unies"], bodies: ["Conseil de sécurité", "Assemblée générale"],
        presidentHeadings: ["Président", "Présidente", "Présidents", "Présidence", "Président par intérim"],
        memberHeadings: ["Membres"], agendaHeadings: ["Ordre du jour"], provisional: ["Provisoire"],
        meetingWords: ["séance", "séance plénière"], ordinalMarks: ["e", "re", "ᵉ", "ème"],
        months: [["janvier"], ["février"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août"],
                 ["septembre"], ["octobre"], ["novembre"], ["décembre"]],
        honorifics: ["M.", "Mme", "Mlle", "Sir", "Dame"], honorificFollowsName: false, resumption: ["Reprise"])

    public static let spanish = CoverWords(
        language: "es", unitedNations: ["Naciones Unidas"], bodies: ["Consejo de Seguridad", "Asamblea General"],
        presidentHeadings: ["Presidencia", "Presidente", "Presidenta", "Presidente interino", "Presidenta interina"],
        memberHeadings: ["Miembros"], agendaHeadings: ["Orden del día"], provisional: ["Provisional"],
        meetingWords: ["sesión", "sesión plenaria"], ordinalMarks: ["ª", "a", "º", ".ª"],
        months: [["enero"], ["febrero"], ["marzo"], ["abril"], ["mayo"], ["junio"], ["julio"], ["agosto"],
                 ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre"]],
        honorifics: ["Sr.", "Sra.", "Srta.", "Mr.", "Ms.", "Mrs."], honorificFollowsName: false,
        resumption: ["Reanudación"])

    public static let russian = CoverWords(
        language: "ru", unitedNations: ["Организация Объединенных Наций", "Организация Объединённых Наций"],
        bodies: ["Совет Безопасности", "Генеральная Ассамблея"],
        presidentHeadings: ["Председатель", "Председатели", "Исполняющий обязанности Председателя"],
        memberHeadings: ["Члены"], agendaHeadings: ["Повестка дня"],
        provisional: ["Предварительный отчет", "Предварительный отчёт", "Предварительный"],
        meetingWords: ["заседание", "пленарное заседание"], ordinalMarks: ["-е", "-e", "-й", "е"],
        months: [["января"], ["февраля"], ["марта"], ["апреля"], ["мая"], ["июня"], ["июля"], ["августа"],
                 ["сентября"], ["октября"], ["ноября"], ["декабря"]],
        honorifics: ["г-н", "г-жа", "Г-н", "Г-жа"], honorificFollowsName: false, resumption: ["Возобновление"])

    public static let arabic = CoverWords(
        language: "ar", unitedNations: ["الأمم المتحدة"], bodies: ["مجلس الأمن", "الجمعية العامة"],
        presidentHeadings: ["الرئيس", "الرئيسة", "الرئيس بالنيابة"], memberHeadings: ["الأعضاء"],
        agendaHeadings: ["جدول الأعمال"], provisional: ["مؤقت"], meetingWords: ["الجلسة", "الجلسة العامة"],
        ordinalMarks: [],
        // The Arabic records write each month with both its names (`آذار/مارس`); the second,
        // the same in every Arab country, is the one compared.
        months: [["يناير"], ["فبراير"], ["مارس"], ["أبريل", "ابريل"], ["مايو"], ["يونيه", "يونيو"],
                 ["يوليه", "يوليو"], ["أغسطس"], ["سبتمبر"], ["أكتوبر"], ["نوفمبر"], ["ديسمبر"]],
        honorifics: ["السيدة", "السيد"], honorificFollowsName: false, resumption: [], honorificMayBeGlued: true)

    /// The six official languages, Chinese first.
    public static let all: [CoverWords] = [chinese, english, french, spanish, russian, arabic]
}
