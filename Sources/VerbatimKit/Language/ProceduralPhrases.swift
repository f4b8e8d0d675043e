/// A language's procedural phrases: the meeting's opening and closing, suspension and resumption, agenda adoption, and votes.
///
/// Each timed phrase is the words before the time (`The meeting was called to order at` +
/// `3.10 p.m.`); a line is procedural when it is such a phrase, a time, and at most a full stop.
/// Chinese puts the time first and the phrase last (`上午10时20分开会。`): its phrases are read
/// by `LineKind.procedural`, on the bytes.
public struct ProceduralPhrases: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String
    /// Words before the opening time.
    public let openings: [String]
    /// Words before the closing time.
    public let closings: [String]
    /// Words before the time of a suspension.
    public let suspensions: [String]
    /// Words before the time of a resumption.
    public let resumptions: [String]
    /// Whole lines announcing or recording the adoption of the agenda.
    public let agendaAdoptions: [String]
    /// The words that open an agenda item heading in the body (General Assembly records:
    /// `Agenda item 68 (continued)`), before its number, and a word the heading must hold
    /// after it (`de l’ordre du jour`), if any.
    public let agendaItems: [(lead: String, holds: String?)]
    /// True when an extraction may give the words in any order (Arabic in pdf.js's visual
    /// order): then a line matches when it holds the phrase, and the time is its digits.
    public let anyOrder: Bool
    /// The first bytes (up to eight) of every phrase, in UTF-8 and with either apostrophe: a
    /// quick test that rules out most lines before any string is made.
    private let leads: [[UInt8]]
    /// For lines in any order, words one of which every phrase holds (`جلسة`, `جدول`), in UTF-8.
    private let keywords: [[UInt8]]

    public init(
        language: String, openings: [String], closings: [String], suspensions: [String], resumptions: [String],
        agendaAdoptions: [String], agendaItems: [(lead: String, holds: String?)] = [], anyOrder: Bool = false,
        keywords: [String] = []
    ) {
        self.language = language
        self.openings = openings
        self.closings = closings
        self.suspensions = suspensions
        self.resumptions = resumptions
        self.agendaAdoptions = agendaAdoptions
        self.agendaItems = agendaItems.map { ($0.lead, $0.holds) }
        self.anyOrder = anyOrder
        var leads: [[UInt8]] = []
        for phrase in openings + closings + suspensions + resumptions + agendaAdoptions {
            for form in [phrase, phrase.replacingAll("'", with: "\u{2019}")] {
                let lead = Array(form.utf8.prefix(8))
                if !leads.contains(lead) { leads.append(lead) }
            }
        }
        self.leads = leads
        self.keywords = keywords.map { Array($0.utf8) }
    }

    /// Whether the line `bytes[s..<e]` may be one of the phrases: it starts like one (a line in
    /// any order: it is short and holds a keyword).
    func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        if anyOrder {
            guard e - s <= 160 else { return false }
            for key in keywords {
                var i = s
                while i + key.count <= e {
                    if bytes[i] == key[0], UTF8Scalars.matches(bytes, at: i, end: e, key) { return true }
                    i += 1
                }
            }
            return false
        }
        for lead in leads where lead.count <= e - s && bytes[s] == lead[0] {
            var k = 1
            while k < lead.count, bytes[s + k] == lead[k] { k += 1 }
            if k == lead.count { return true }
        }
        return false
    }

    /// The phrases of one of the six official languages (none for another code).
    public init(language: String) {
        switch language {
        case "zh":
            self = Self.chinese
        case "en":
            self.init(
                language: "en", openings: ["The meeting was called to order at", "The meeting was opened at"],
                closings: ["The meeting rose at", "The meeting was adjourned at", "The meeting closed at"],
                suspensions: ["The meeting was suspended at"],
                resumptions: ["The meeting was resumed at", "The meeting resumed at"],
                agendaAdoptions: ["Adoption of the agenda", "The agenda was adopted"],
                agendaItems: [("Agenda item ", nil), ("Agenda items ", nil)])
        case "fr":
            self.init(
                language: "fr", openings: ["La séance est ouverte à"], closings: ["La séance est levée à"],
                suspensions: ["La séance est suspendue à"], resumptions: ["La séance est reprise à"],
                agendaAdoptions: ["Adoption de l'ordre du jour", "L'ordre du jour est adopté"],
                agendaItems: [("Point ", "ordre du jour"), ("Points ", "ordre du jour")])
        case "es":
            self.init(
                language: "es", openings: ["Se declara abierta la sesión a las", "Se abre la sesión a las"],
                closings: ["Se levanta la sesión a las"], suspensions: ["Se suspende la sesión a las"],
                resumptions: ["Se reanuda la sesión a las"],
                agendaAdoptions: ["Aprobación del orden del día", "Queda aprobado el orden del día"],
                agendaItems: [("Tema ", "programa"), ("Temas ", "programa")])
        case "ru":
            self.init(
                language: "ru", openings: ["Заседание открывается в"], closings: ["Заседание закрывается в"],
                suspensions: ["Заседание прерывается в", "Заседание приостанавливается в"],
                resumptions: ["Заседание возобновляется в"],
                agendaAdoptions: ["Утверждение повестки дня", "Повестка дня утверждается"],
                agendaItems: [("Пункт ", "повестки дня"), ("Пункты ", "повестки дня")])
        case "ar":
            self.init(
                language: "ar", openings: ["افتتحت الجلسة"], closings: ["رفعت الجلسة"],
                suspensions: ["علقت الجلسة"], resumptions: ["استؤنفت الجلسة"],
                agendaAdoptions: ["إقرار جدول الأعمال", "أقر جدول الأعمال"], anyOrder: true,
                keywords: ["جلسة", "جدول"])
        default:
            self.init(
                language: language, openings: [], closings: [], suspensions: [], resumptions: [], agendaAdoptions: [])
        }
    }

    /// Whether the line `bytes[s..<e]` is an agenda item heading: one of the leads, a number
    /// right after it, and the words the heading must hold.
    func isAgendaItemHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e - s <= 300 else { return false }
        for (lead, holds) in agendaItems where lead.utf8.first == bytes[s] {
            let l = Array(lead.utf8)
            guard s + l.count < e, UTF8Scalars.matches(bytes, at: s, end: e, l) else { continue }
            let d = bytes[s + l.count]
            guard d >= 0x30 && d <= 0x39 else { continue }
            guard let holds else { return true }
            return Self.normalized(UTF8Scalars.string(bytes, s, e)).contains(holds)
        }
        return false
    }

    /// Chinese: the phrases end the line, after the time (`下午1时散会。`, `会议于…暂停，…复会。`).
    static let chinese = ProceduralPhrases(
        language: "zh", openings: ["开会"], closings: ["散会"], suspensions: ["暂停", "休会"], resumptions: ["复会"],
        agendaAdoptions: ["通过议程", "议程通过"])

    /// Reads one whole line as a procedural line; `nil` when it is not one.
    func recognize(_ line: String) -> LineKind.Procedural? {
        if language == "zh" {
            var line = line
            return line.withUTF8 { LineKind.procedural($0, 0, $0.count) }
        }
        guard line.unicodeScalars.count <= 110 else { return nil }
        var text = Self.normalized(line)
        while let last = text.last, last == " " { text.removeLast() }
        if anyOrder { return recognizeAnyOrder(text) }
        // The full stop ends the line, or ends an abbreviation of the time (`p.m.`).
        if text.hasSuffix("."), !text.hasSuffix(".m.") { text.removeLast() }
        for phrase in agendaAdoptions where text == phrase || text == phrase + "." { return .agendaAdoption }
        if let time = time(after: openings, in: text) { return .opening(time: time) }
        if let time = time(after: closings, in: text) { return .closing(time: time) }
        if time(after: suspensions, in: text, limit: 70) != nil { return .suspension }
        if time(after: resumptions, in: text) != nil { return .resumption }
        return nil
    }

    /// The time after one of `phrases` that starts `text`: short, and holding a digit.
    private func time(after phrases: [String], in text: String, limit: Int = 28) -> String? {
        for phrase in phrases where text.hasPrefix(phrase) {
            let rest = LabelGrammar.trimmed(text.dropFirst(phrase.count))
            guard !rest.isEmpty, rest.count <= limit, rest.contains(where: \.isNumber) else { return nil }
            return rest
        }
        return nil
    }

    /// Visual-order lines: the phrase somewhere in a short line, the time its run of digits.
    private func recognizeAnyOrder(_ text: String) -> LineKind.Procedural? {
        guard text.count <= 60 else { return nil }
        let digits = String(text.filter { $0.isNumber || $0 == "/" || $0 == ":" }).trimmingSlashes()
        for phrase in agendaAdoptions where text.contains(phrase) && digits.isEmpty { return .agendaAdoption }
        // pdf.js may cut a word and move its head to the line's end (`ار جدول الأعمالإقر`).
        if digits.isEmpty, text.count <= 30, text.contains("جدول الأعمال"), text.contains("قر") { return .agendaAdoption }
        guard !digits.isEmpty else { return nil }
        if openings.contains(where: text.contains) { return .opening(time: digits) }
        if closings.contains(where: text.contains) { return .closing(time: digits) }
        if suspensions.contains(where: text.contains) { return .suspension }
        if resumptions.contains(where: text.contains) { return .resumption }
        return nil
    }

    /// Typographic apostrophes as ASCII, Arabic harakat removed, and pdf.js's lam-alef pairs
    /// (`األ`, `اإل`, `اآل`) put back as the letters they stand for.
    static func normalized(_ line: String) -> String {
        var scalars = String.UnicodeScalarView()
        for v in line.unicodeScalars {
            switch v.value {
            case 0x2019, 0x2018: scalars.append("'")
            case 0x00A0, 0x202F: scalars.append(" ")
            case 0x064B...0x0652, 0x0640: continue
            default: scalars.append(v)
            }
        }
        var text = String(scalars)
        if text.unicodeScalars.contains(where: { $0.value >= 0x0600 && $0.value <= 0x06FF }) {
            text = text.replacingAll("األ", with: "الأ").replacingAll("اإل", with: "الإ").replacingAll("اآل", with: "الآ")
        }
        return text
    }
}
