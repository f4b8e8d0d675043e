/// A language's words for a vote: how the record says the vote was taken, the headings of the
/// lists of countries in favour, against and abstaining, the word for an empty list, and the
/// words of the President's announcement (`docs/json.md`, `votes`, says which forms are read
/// from records and which are assumed).
public struct VotePhrases: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String
    /// The sentence that says a vote was taken, and the method as the `Vote` records it
    /// (`A vote was taken by show of hands` → `show of hands`).
    public let methods: [(sentence: String, method: String)]
    /// The headings of the three lists, without their colon.
    public let inFavour: [String]
    public let against: [String]
    public let abstaining: [String]
    /// The list of a side that no one took (`None`).
    public let none: [String]
    /// What the record calls a draft resolution.
    public let draft: [String]
    /// The President's call to vote (`put to the vote`).
    public let call: [String]
    /// A word of the announcement that the draft was adopted (`adopted`).
    public let adopted: [String]
    /// Words that say the draft was not adopted (`not been adopted`).
    public let notAdopted: [String]
    /// The separators of a list of countries besides the comma.
    public let separators: [String]

    public init(language: String) {
        self.language = language
        var methods: [(String, String)] = []
        var inFavour: [String] = [], against: [String] = [], abstaining: [String] = []
        var none: [String] = [], draft: [String] = [], call: [String] = []
        var adopted: [String] = [], notAdopted: [String] = [], separators: [String] = []
        switch language {
        case "zh":
            methods = [("进行了举手表决", "举手表决"), ("进行记录表决", "记录表决"), ("进行了记录表决", "记录表决")]
            inFavour = ["赞成"]; against = ["反对"]; abstaining = ["弃权"]
            none = ["无"]; draft = ["决议草案"]; call = ["付诸表决", "进行表决"]
            adopted = ["通过"]; notAdopted = ["未获通过", "没有获得通过", "未通过"]
            separators = ["、", "，"]
        case "fr":
            methods = [("Il est procédé au vote à main levée", "à main levée"),
                       ("Il est procédé au vote enregistré", "vote enregistré")]
            inFavour = ["Votent pour"]; against = ["Votent contre"]; abstaining = ["S'abstiennent", "S’abstiennent"]
            none = ["Néant", "Aucun"]; draft = ["projet de résolution"]
            call = ["mettre aux voix", "mets aux voix", "passer au vote", "procéder au vote"]
            adopted = ["adopté"]; notAdopted = ["pas été adopté", "n'est pas adopté", "n’est pas adopté"]
        case "es":
            methods = [("Se procede a votación ordinaria", "votación ordinaria"),
                       ("Se procede a votación a mano alzada", "a mano alzada"),
                       ("Se procede a votación registrada", "votación registrada")]
            inFavour = ["Votos a favor"]; against = ["Votos en contra"]; abstaining = ["Abstenciones"]
            none = ["Ninguno"]; draft = ["proyecto de resolución"]
            call = ["someter a votación", "someto a votación", "proceder a votar", "proceder a la votación"]
            adopted = ["aprobado"]; notAdopted = ["no ha sido aprobado", "no ha quedado aprobado", "no fue aprobado"]
        case "ru":
            methods = [("Проводится голосование поднятием рук", "поднятием рук"),
                       ("Проводится заносимое в отчет о заседании голосование", "заносимое в отчет голосование")]
            inFavour = ["Голосовали за"]; against = ["Голосовали против"]; abstaining = ["Воздержались"]
            none = ["Нет"]; draft = ["проект резолюции", "проекта резолюции"]
            call = ["на голосование", "к голосованию"]
            adopted = ["принят"]; notAdopted = ["не принят"]
        case "ar":
            methods = [("أجري التصويت برفع الأيدي", "برفع الأيدي"), ("أُجري التصويت برفع الأيدي", "برفع الأيدي"),
                       ("أجري تصويت مسجل", "تصويت مسجل")]
            inFavour = ["المؤيدون"]; against = ["المعارضون"]; abstaining = ["الممتنعون"]
            none = ["لا أحد"]; draft = ["مشروع القرار"]; call = ["للتصويت"]
            adopted = ["اتخذ", "اعتمد"]; notAdopted = ["لم يعتمد", "لم يتخذ"]
            separators = ["،"]
        default:
            methods = [("A vote was taken by show of hands", "show of hands"),
                       ("A recorded vote was taken", "recorded vote")]
            inFavour = ["In favour", "In favor"]; against = ["Against"]; abstaining = ["Abstaining"]
            none = ["None"]; draft = ["draft resolution"]
            call = ["put to the vote", "put the draft resolution to the vote", "proceed to the vote"]
            adopted = ["adopted"]; notAdopted = ["not been adopted", "not adopted", "failed to obtain"]
        }
        if language == "ar" {
            // pdf.js writes the lam-alef ligature alef first (`األيدي` for `الأيدي`).
            let visual = { (text: String) in Self.pdfJSLamAlef(text) }
            methods += methods.map { (visual($0.0), $0.1) }
            inFavour += inFavour.map(visual); against += against.map(visual); abstaining += abstaining.map(visual)
            none += none.map(visual); draft += draft.map(visual); call += call.map(visual)
        }
        self.methods = methods
        self.inFavour = inFavour
        self.against = against
        self.abstaining = abstaining
        self.none = none
        self.draft = draft
        self.call = call
        self.adopted = adopted
        self.notAdopted = notAdopted
        self.separators = separators
    }

    /// `text` with each lam-alef pair written in pdf.js's order, alef first.
    static func pdfJSLamAlef(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var k = 0
        while k + 1 < scalars.count {
            if scalars[k] == "\u{0644}", ["\u{0627}", "\u{0623}", "\u{0625}", "\u{0622}"].contains(scalars[k + 1]) {
                scalars.swapAt(k, k + 1)
                k += 2
            } else {
                k += 1
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The vote words of the six official languages.
    public static let all: [VotePhrases] = ["zh", "en", "fr", "es", "ru", "ar"].map(VotePhrases.init(language:))
}
