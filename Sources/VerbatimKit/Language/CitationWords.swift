/// How a language cites resolutions, documents and records, so that every form normalises to one UN symbol.
///
/// Chinese numbers its resolutions between `第` and `号决议` and names instruments in `《…》`;
/// the other five languages put a word for "resolution" before the number (`resolution 2774
/// (2025)`, `резолюцию 2774 (2025)`, `القرار 2774 (2025)`) and name instruments as the
/// catalogue (`InstrumentCatalog`) lists them. Symbols (`S/2019/1005`, `A/ES-11/PV.23`) and
/// emergency special session resolutions (`ES-11/10`) are written alike in every language.
///
/// A class, though it never changes: the scanner is handed it for every paragraph, and a
/// structure of two dozen arrays and strings was copied each time, every count going up and
/// down on objects that the parts read on other cores share.
public final class CitationWords: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String
    /// True for the Chinese forms: `第1540（2004）号决议`, `大会第70/47号决议`, instruments in `《…》`.
    public let chineseForms: Bool
    /// The word for "resolution" as its stem (lower case); any letters may follow it
    /// (`resolutions`, `резолюцию`, `القرارين`).
    public let resolutionStems: [String]
    /// Phrases that may stand between that word and the number (`Генеральной Ассамблеи`,
    /// `الجمعية العامة`, `رقم`).
    public let interveningPhrases: [String]
    /// Words that join the items of a list (`resolutions 2231 (2015) and 2334 (2016)`).
    public let listJoiners: [String]
    /// Bodies other than the General Assembly that number resolutions `session/number`: a slash
    /// number next to their name is not an Assembly resolution.
    public let otherBodies: [String]
    /// True when words may carry glued prefixes (Arabic `و`, `ب`, `ل`, `ال`): the word for
    /// "resolution" and instrument names are then found inside words as well.
    public let gluedPrefixes: Bool
    /// True when the extraction may hold right-to-left runs in visual order, so that
    /// `2774 (2025)` reads `)2025( 2774` (pdf.js on Arabic PDFs).
    public let visualOrderNumbers: Bool
    /// Nouns that, alone, refer back to the instrument named last in the statement whose name
    /// holds them (`the Charter` after `the Charter of the United Nations`); a word ending in `*`
    /// takes inflected endings. Unresolved, they are not citations.
    public let genericNouns: [String]
    /// Articles one of which must stand before a generic noun (`the `); none when empty.
    public let articles: [String]

    // Precomputed bytes for the scanner.
    let stemBytes: [[UInt8]]
    let phraseBytes: [[UInt8]]
    let joinerBytes: [[UInt8]]
    let otherBodyBytes: [[UInt8]]
    let genericNounBytes: [[UInt8]]
    let articleBytes: [[UInt8]]
    /// The catalogue's names in this language, for finding instruments in running text.
    let instrumentNames: InstrumentNameTable
    /// The first two bytes of every word the scanner looks for in running text (names, the
    /// word for resolution, generic nouns), as a bitmap: most words are passed over at once.
    private let wordStarts: [UInt64]

    public init(
        language: String, chineseForms: Bool = false, resolutionStems: [String] = [], interveningPhrases: [String] = [],
        listJoiners: [String] = [], otherBodies: [String] = [], gluedPrefixes: Bool = false, visualOrderNumbers: Bool = false,
        genericNouns: [String] = [], articles: [String] = []
    ) {
        self.language = language
        self.chineseForms = chineseForms
        self.resolutionStems = resolutionStems
        self.interveningPhrases = interveningPhrases
        self.listJoiners = listJoiners
        self.otherBodies = otherBodies
        self.gluedPrefixes = gluedPrefixes
        self.visualOrderNumbers = visualOrderNumbers
        self.genericNouns = genericNouns
        self.articles = articles
        genericNounBytes = genericNouns.map { Array($0.utf8) }
        // Articles start sentences too: `The Treaty`, `Le Traité`.
        articleBytes = articles.flatMap { article -> [[UInt8]] in
            let capital = article.prefix(1).uppercased() + article.dropFirst()
            return capital == article ? [Array(article.utf8)] : [Array(article.utf8), Array(capital.utf8)]
        }
        // A stem matches in lower case and with a capital first letter (`Resolution 2774 (2025), adopted…`).
        stemBytes = resolutionStems.flatMap { stem -> [[UInt8]] in
            let capital = stem.prefix(1).uppercased() + stem.dropFirst()
            return capital == stem ? [Array(stem.utf8)] : [Array(stem.utf8), Array(capital.utf8)]
        }
        phraseBytes = interveningPhrases.map { Array($0.utf8) }
        joinerBytes = listJoiners.map { Array($0.utf8) }
        otherBodyBytes = otherBodies.map { Array($0.utf8) }
        let names = chineseForms ? [] : InstrumentCatalog.names(in: language)
        instrumentNames = InstrumentNameTable(names: names)
        var starts = [UInt64](repeating: 0, count: 1024)
        for word in stemBytes + genericNounBytes + names.map({ Array($0.name.utf8) }) where word.count >= 2 {
            let pair = Int(word[0]) << 8 | Int(word[1])
            starts[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        wordStarts = starts
    }

    /// True when a word the scanner looks for in running text may start with bytes `a`, `b`.
    @inline(__always)
    func mayStartWord(_ a: UInt8, _ b: UInt8) -> Bool {
        let pair = Int(a) << 8 | Int(b)
        return wordStarts[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// The citation words of the six official languages; a language without its own gets the
    /// forms every language shares (symbols, `ES-11/10`).
    public convenience init(language: String) {
        switch language {
        case "zh":
            self.init(
                language: "zh", chineseForms: true,
                otherBodies: ["理事会", "委员会"])
        case "en":
            self.init(
                language: "en", resolutionStems: ["resolution"],
                listJoiners: [",", "and", "or", "as well as"],
                otherBodies: ["Human Rights Council", "Economic and Social Council", "Commission", "Committee", "Board"],
                genericNouns: ["Final Agreement", "Charter", "Treaty", "Convention", "Agreement", "Plan", "Code", "Memorandum"],
                articles: ["the "])
        case "fr":
            self.init(
                language: "fr", resolutionStems: ["résolution"],
                listJoiners: [",", "et", "ou", "ainsi que"],
                otherBodies: ["Conseil des droits de l’homme", "Conseil des droits de l'homme", "Conseil économique et social", "Commission", "Comité"],
                genericNouns: ["Accord final", "Charte", "Traité", "Convention", "Accord", "Plan", "Code", "Mémorandum"],
                articles: ["la ", "le ", "du ", "l’", "l'"])
        case "es":
            self.init(
                language: "es", resolutionStems: ["resolución", "resoluciones"],
                listJoiners: [",", "y", "e", "o", "así como"],
                otherBodies: ["Consejo de Derechos Humanos", "Consejo Económico y Social", "Comisión", "Comité"],
                genericNouns: ["Acuerdo Final", "Carta", "Tratado", "Convención", "Acuerdo", "Plan", "Código", "Memorando"],
                articles: ["la ", "el ", "del "])
        case "ru":
            self.init(
                language: "ru", resolutionStems: ["резолюци"],
                interveningPhrases: ["Генеральной Ассамблеи", "Совета Безопасности", "№"],
                listJoiners: [",", "и", "или", "а также"],
                otherBodies: ["Совета по правам человека", "Экономического и Социального Совета", "Комиссии", "Комитета"],
                genericNouns: ["Устав*", "Договор*", "Конвенци*", "Соглашени*", "Меморандум*"])
        case "ar":
            self.init(
                language: "ar", resolutionStems: ["قرار"],
                interveningPhrases: ["الجمعية العامة", "مجلس الأمن", "مجلس األمن", "رقم"],
                listJoiners: ["،", ",", "و"],
                otherBodies: ["مجلس حقوق الإنسان", "مجلس حقوق اإلنسان", "المجلس الاقتصادي والاجتماعي", "لجنة"],
                gluedPrefixes: true, visualOrderNumbers: true,
                genericNouns: ["ميثاق", "معاهدة", "اتفاقية"])
        default:
            self.init(language: language, chineseForms: false)
        }
    }
}
