/// How a language writes its speaker labels: titles and honorifics, roles, the country bracket, the spoken-language note and the closing colon.
///
/// A label is `ROLE` or `HONORIFIC NAME`, then bracketed groups (the country, the spoken-language
/// note), then a colon: `The President:`, `Mr. Nebenzia (Russian Federation) (spoke in Russian):`,
/// `Le Président (parle en anglais) :`, `Г-жа Дикарло (говорит по-английски):`. A role followed by
/// a name (`President Zelenskyy`, `Le Président Macron`) is a title of that name.
public struct LabelGrammar: Sendable {
    /// How the labels of a script are laid out, which decides the reader that reads them.
    public enum Form: Sendable {
        /// Chinese: `萨巴赫先生（科威特）（以阿拉伯语发言）：`, the title after the name (`SpeakerLabel`).
        case ideographic
        /// Latin or Cyrillic: role or honorific, name, brackets, colon (`AlphabeticLabel`).
        case alphabetic
        /// Arabic as pdf.js extracts it, in visual order, the label on the line after the
        /// speech's first line (`ArabicLabel`).
        case visualOrderArabic
    }

    /// ISO 639-1 code of the language.
    public let language: String
    /// The layout of the labels.
    public let form: Form
    /// Phrases naming the presiding officer or the Secretary-General, with the role they give.
    public let roles: [(phrase: String, role: Speaker.Role)]
    /// Words written before a name: honorifics (`Mr.`, `Mme`, `Sr.`, `Г-н`, `السيد`) and titles
    /// (`President`, `Prime Minister`), longest first.
    public let honorifics: [String]
    /// Lower-case words that may stand inside a name (`de`, `van`, `bin`).
    public let nameParticles: Set<String>
    /// The words that open a spoken-language note, before the language's name: in a label
    /// (`spoke in`, `parle en`) or on a line of its own when the speaker switches
    /// (`l’orateur poursuit en`, `continúa en`).
    public let notePrefixes: [String]
    /// Language names as the note writes them, with their ISO 639 codes.
    public let languageNames: [String: String]
    /// True when the colon follows a space, of any kind (French typography: `M. X (France) :`,
    /// with a plain space, U+00A0 or U+202F); otherwise one stray plain space is the most a
    /// label may have before its colon.
    public let spaceBeforeColon: Bool

    public init(
        language: String, form: Form = .alphabetic, roles: [(phrase: String, role: Speaker.Role)], honorifics: [String],
        nameParticles: Set<String> = [], notePrefixes: [String], languageNames: [String: String],
        spaceBeforeColon: Bool = false
    ) {
        self.language = language
        self.form = form
        self.roles = roles.sorted { $0.phrase.count > $1.phrase.count }
        self.honorifics = honorifics.sorted { $0.count > $1.count }
        self.nameParticles = nameParticles
        self.notePrefixes = notePrefixes.sorted { $0.count > $1.count }
        self.languageNames = languageNames
        self.spaceBeforeColon = spaceBeforeColon
    }

    /// The grammar of one of the six official languages (an empty grammar for another code).
    public init(language: String) {
        switch language {
        case "en": self = Self.english
        case "fr": self = Self.french
        case "es": self = Self.spanish
        case "ru": self = Self.russian
        case "ar": self = Self.arabic
        case "zh": self = Self.chinese
        default:
            self.init(language: language, roles: [], honorifics: [], notePrefixes: [], languageNames: [:])
        }
    }

    /// The ISO code of the language a note such as `spoke in Russian` names (without brackets);
    /// `und` for a language the table lacks, `nil` when the text is not such a note.
    public func spokenLanguage(inNote note: String) -> String? {
        if language == "zh" { return LanguageName.code(inNote: note) }
        let text = Self.trimmed(Substring(note))
        if language == "ar" { return Self.arabicSpokenLanguage(text) }
        for prefix in notePrefixes where text.hasPrefix(prefix) {
            let name = Self.trimmed(text.dropFirst(prefix.count)).lowercased()
            guard !name.isEmpty, name.count <= 30 else { return nil }
            return languageNames[name] ?? "und"
        }
        return nil
    }

    /// `text` without the spaces (any kind) around it.
    static func trimmed(_ text: Substring) -> String {
        var t = text
        while let f = t.unicodeScalars.first, f.properties.isWhitespace { t = t.dropFirst() }
        while let l = t.unicodeScalars.last, l.properties.isWhitespace { t = t.dropLast() }
        return String(t)
    }

    /// The role a phrase gives, when it is one of the grammar's role phrases.
    func role(of phrase: String) -> Speaker.Role? {
        roles.first { $0.phrase == phrase }?.role
    }

    // MARK: - The six languages

    static let chinese = LabelGrammar(
        language: "zh", form: .ideographic,
        roles: [("主席", .president), ("代理主席", .president), ("秘书长", .secretaryGeneral)],
        honorifics: [
            "女爵士", "副秘书长", "助理秘书长", "常务副秘书长", "高级专员", "特别代表", "特别顾问", "特使",
            "执行主任", "总干事", "副总统", "副总理", "副主席", "副部长", "外交部长", "外交大臣", "国务卿",
            "代理主席", "秘书长", "先生", "女士", "夫人", "小姐", "阁下", "总统", "总理", "首相", "国王",
            "女王", "王储", "亲王", "王子", "公主", "殿下", "陛下", "埃米尔", "部长", "大臣", "外长", "大使",
            "主席", "法官", "博士", "教授", "勋爵", "爵士", "主教", "神父", "将军", "检察官", "专员", "主任",
            "署长", "司令", "首席", "议长",
        ],
        notePrefixes: ["以"], languageNames: [:])

    static let english = LabelGrammar(
        language: "en",
        roles: [
            ("The President", .president), ("The Acting President", .president), ("The Chair", .president),
            ("The Acting Chair", .president), ("The Chairman", .president), ("The Chairperson", .president),
            ("The Secretary-General", .secretaryGeneral), ("The Deputy Secretary-General", .speaker),
        ],
        honorifics: [
            "Mr.", "Ms.", "Mrs.", "Miss", "Mx.", "Mr", "Ms", "Mrs", "Sir", "Dame", "Dr.", "Lord", "Lady",
            "Baroness", "Baron", "Archbishop", "Cardinal", "Monsignor", "Msgr.", "Bishop", "Sheikh", "Sheikha",
            "Prince", "Princess", "King", "Queen", "Crown Prince", "Emir", "Judge", "Professor", "Ambassador",
            "His Majesty", "Her Majesty", "President", "Vice-President", "Vice President", "Prime Minister", "Deputy Prime Minister",
            "Minister", "Foreign Minister", "Secretary-General", "Deputy Secretary-General", "His Excellency",
            "Her Excellency", "His Royal Highness", "Her Royal Highness", "His Highness", "Her Highness",
        ],
        nameParticles: Self.latinParticles,
        notePrefixes: ["spoke in", "spoke in the", "speaking in"],
        languageNames: [
            "english": "en", "french": "fr", "spanish": "es", "russian": "ru", "chinese": "zh", "arabic": "ar",
            "german": "de", "portuguese": "pt", "italian": "it", "japanese": "ja", "ukrainian": "uk",
            "turkish": "tr", "persian": "fa", "farsi": "fa", "korean": "ko", "kazakh": "kk", "hebrew": "he",
            "hindi": "hi", "indonesian": "id", "dutch": "nl", "polish": "pl", "swahili": "sw", "uzbek": "uz",
            "azerbaijani": "az", "georgian": "ka", "armenian": "hy", "greek": "el", "serbian": "sr",
            "croatian": "hr", "romanian": "ro", "bulgarian": "bg", "hungarian": "hu", "czech": "cs",
            "slovak": "sk", "slovenian": "sl", "albanian": "sq", "macedonian": "mk", "belarusian": "be",
            "lithuanian": "lt", "latvian": "lv", "estonian": "et", "finnish": "fi", "swedish": "sv",
            "norwegian": "no", "danish": "da", "icelandic": "is", "malay": "ms", "urdu": "ur", "bengali": "bn",
            "pashto": "ps", "dari": "prs", "amharic": "am", "somali": "so", "hausa": "ha", "tigrinya": "ti",
            "vietnamese": "vi", "thai": "th", "mongolian": "mn", "burmese": "my", "khmer": "km", "lao": "lo",
            "nepali": "ne", "sinhala": "si", "tamil": "ta", "kurdish": "ku", "haitian creole": "ht",
            "creole": "ht", "malagasy": "mg", "kinyarwanda": "rw", "tajik": "tg", "turkmen": "tk", "kyrgyz": "ky",
        ])

    static let french = LabelGrammar(
        language: "fr",
        roles: [
            ("Le Président", .president), ("La Présidente", .president), ("Le Président par intérim", .president),
            ("La Présidente par intérim", .president), ("Le Secrétaire général", .secretaryGeneral),
            ("La Secrétaire générale", .secretaryGeneral), ("La Vice-Secrétaire générale", .speaker),
            ("Le Vice-Secrétaire général", .speaker),
        ],
        honorifics: [
            "M.", "Mme", "Mmes", "Mlle", "MM.", "Sir", "Dame", "Lord", "Lady", "Mgr", "Dr", "Cheikh", "Cheikha",
            "Son Excellence", "Son Altesse", "Son Altesse royale", "Le Prince", "La Princesse", "Le Roi",
            "La Reine", "Le Premier Ministre", "La Première Ministre", "Le Ministre", "La Ministre",
            "Président", "Présidente", "Premier Ministre", "Ministre",
        ],
        nameParticles: Self.latinParticles,
        notePrefixes: [
            "parle en", "parle dans la langue", "l’orateur poursuit en", "l'orateur poursuit en",
            "l’oratrice poursuit en", "l'oratrice poursuit en", "l’orateur reprend en", "l'orateur reprend en",
            "l’oratrice reprend en", "l'oratrice reprend en",
        ],
        languageNames: [
            "anglais": "en", "français": "fr", "espagnol": "es", "russe": "ru", "chinois": "zh", "arabe": "ar",
            "allemand": "de", "portugais": "pt", "italien": "it", "japonais": "ja", "ukrainien": "uk",
            "turc": "tr", "persan": "fa", "farsi": "fa", "coréen": "ko", "kazakh": "kk", "hébreu": "he",
            "hindi": "hi", "indonésien": "id", "néerlandais": "nl", "polonais": "pl", "swahili": "sw",
            "grec": "el", "serbe": "sr", "roumain": "ro", "créole": "ht", "créole haïtien": "ht",
            "ourdou": "ur", "dari": "prs", "pachto": "ps", "amharique": "am", "somali": "so", "vietnamien": "vi",
        ],
        spaceBeforeColon: true)

    static let spanish = LabelGrammar(
        language: "es",
        roles: [
            ("El Presidente", .president), ("La Presidenta", .president), ("El Presidente interino", .president),
            ("La Presidenta interina", .president), ("El Secretario General", .secretaryGeneral),
            ("La Secretaria General", .secretaryGeneral), ("La Vicesecretaria General", .speaker),
            ("El Vicesecretario General", .speaker),
        ],
        honorifics: [
            "Sr.", "Sra.", "Srta.", "Sres.", "Sir", "Dame", "Dr.", "Dra.", "Lord", "Lady", "Monseñor", "Jeque",
            "Príncipe", "Princesa", "Rey", "Reina", "Su Excelencia", "Su Alteza", "Presidente", "Presidenta",
            "Primer Ministro", "Primera Ministra", "Ministro", "Ministra",
        ],
        nameParticles: Self.latinParticles,
        notePrefixes: ["habla en", "habla en el idioma", "continúa en", "prosigue en"],
        languageNames: [
            "inglés": "en", "francés": "fr", "español": "es", "ruso": "ru", "chino": "zh", "árabe": "ar",
            "alemán": "de", "portugués": "pt", "italiano": "it", "japonés": "ja", "ucraniano": "uk",
            "turco": "tr", "persa": "fa", "farsi": "fa", "coreano": "ko", "kazajo": "kk", "hebreo": "he",
            "hindi": "hi", "indonesio": "id", "neerlandés": "nl", "polaco": "pl", "swahili": "sw",
            "griego": "el", "serbio": "sr", "rumano": "ro", "criollo": "ht", "urdu": "ur", "vietnamita": "vi",
        ])

    static let russian = LabelGrammar(
        language: "ru",
        roles: [
            ("Председатель", .president), ("Исполняющий обязанности Председателя", .president),
            ("Исполняющая обязанности Председателя", .president), ("Генеральный секретарь", .secretaryGeneral),
            ("Первый заместитель Генерального секретаря", .speaker), ("Заместитель Генерального секретаря", .speaker),
        ],
        honorifics: [
            "Г-н", "Г-жа", "Г-да", "Сэр", "Дама", "Лорд", "Леди", "Д-р", "Шейх", "Шейха", "Принц", "Принцесса",
            "Король", "Королева", "Архиепископ", "Кардинал", "Его Превосходительство", "Ее Превосходительство",
            "Его Высочество", "Ее Высочество", "Президент", "Премьер-министр", "Министр",
        ],
        nameParticles: Self.latinParticles.union(["де", "дель", "ван", "фон", "да", "дос", "аль", "бен", "бин", "ибн", "ди", "ла", "ле"]),
        notePrefixes: ["говорит по-", "говорит на", "продолжает по-", "продолжает на"],
        languageNames: [
            "английски": "en", "французски": "fr", "испански": "es", "русски": "ru", "китайски": "zh",
            "арабски": "ar", "немецки": "de", "португальски": "pt", "итальянски": "it", "японски": "ja",
            "украински": "uk", "турецки": "tr", "персидски": "fa", "корейски": "ko", "казахски": "kk",
            "польски": "pl", "гречески": "el", "сербски": "sr", "румынски": "ro", "узбекски": "uz",
            "азербайджански": "az", "грузински": "ka", "армянски": "hy", "белорусски": "be",
        ])

    /// Arabic as pdf.js extracts it: the lam-alef ligature comes out as `إل`/`ال`, so honorifics
    /// and roles are listed in both the written and the extracted forms.
    static let arabic = LabelGrammar(
        language: "ar", form: .visualOrderArabic,
        roles: [
            ("الرئيس", .president), ("الرئيسة", .president), ("الأمين العام", .secretaryGeneral),
            ("األمين العام", .secretaryGeneral), ("الأمينة العامة", .secretaryGeneral),
            ("األمينة العامة", .secretaryGeneral),
        ],
        honorifics: ["السيد", "السيدة", "الآنسة", "اآلنسة", "الدكتور", "الدكتورة", "الشيخ", "الشيخة", "الأمير", "األمير"],
        notePrefixes: ["تكلم", "تكلمت"],
        languageNames: [:])

    /// `تكلم بالإنكليزية` / `تكلمت بالفرنسية`: the language's stem, whatever pdf.js made of the
    /// article and its lam-alef.
    static func arabicSpokenLanguage(_ text: String) -> String? {
        guard text.hasPrefix("تكلم") else { return nil }
        let stems: [(String, String)] = [
            ("نكليزية", "en"), ("نجليزية", "en"), ("فرنسية", "fr"), ("سبانية", "es"), ("روسية", "ru"),
            ("صينية", "zh"), ("عربية", "ar"),
        ]
        for (stem, code) in stems where text.contains(stem) { return code }
        return "und"
    }

    /// Particles of names written in Latin letters (`Alfaro de Alba`, `Brown II`).
    static let latinParticles: Set<String> = [
        "de", "del", "della", "der", "den", "van", "von", "da", "do", "dos", "das", "du", "la", "le", "di",
        "bin", "bint", "ibn", "al", "el", "y", "e", "ter", "zu", "af", "ben", "abu", "al-", "el-", "d’", "d'",
    ]
}
