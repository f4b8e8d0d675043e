import VerbatimKit
@testable import VerbatimTUI

/// Language versions built for the parallel view's tests: an English version of the Chinese
/// fixture (its statements, speakers and countries, with English labels and one short English
/// paragraph per Chinese paragraph), and a small English and French pair.
enum ParallelRecords {
    /// English text of a given number of words, varied by `seed`.
    static func words(_ count: Int, seed: Int) -> String {
        let pool = """
            the council must act together to prevent the spread of weapons of mass destruction and \
            uphold the commitments that states have made under the treaties in force while keeping \
            channels of dialogue open with every party concerned
            """.split(separator: " ")
        let picked = (0..<max(1, count)).map { pool[(seed * 7 + $0) % pool.count] }
        let text = picked.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// The English names of the fixture's speakers and countries.
    static let names: [String: String] = [
        "杜达": "Duda", "萨巴赫": "Al-Sabah", "拉夫罗夫": "Lavrov", "黑利": "Haley", "菲尔德": "Field",
        "略伦蒂·索利斯": "Llorentty Solíz", "梅萨-夸德拉": "Meza-Cuadra", "斯科格": "Skoog", "德拉特": "Delattre",
        "塔诺-布崔": "Tanoh-Boutchoue", "阿莱穆": "Alemu", "吴海涛": "Wu Haitao", "范·伍斯特隆姆": "Van Oosterom",
        "恩东·姆巴": "Ndong Mba", "涅边贾": "Nebenzia",
    ]
    static let countries: [String: String] = [
        "波兰": "Poland", "科威特": "Kuwait", "俄罗斯联邦": "Russian Federation", "美利坚合众国": "United States of America",
        "联合王国": "United Kingdom", "多民族玻利维亚国": "Plurinational State of Bolivia", "秘鲁": "Peru", "瑞典": "Sweden",
        "法国": "France", "科特迪瓦": "Côte d’Ivoire", "埃塞俄比亚": "Ethiopia", "中国": "China", "荷兰": "Netherlands",
        "赤道几内亚": "Equatorial Guinea",
    ]
    static let titles: [String: String] = ["先生": "Mr.", "夫人": "Mrs.", "女士": "Ms.", "总统": "President"]
    static let languages: [String: String] = [
        "ru": "Russian", "ar": "Arabic", "es": "Spanish", "fr": "French", "zh": "Chinese", "kk": "Kazakh",
    ]

    /// The English version of the Chinese record `zh`: the same entries in the same order.
    static func english(of zh: Record) -> Record {
        var en = zh
        en.meeting.language = "en"
        en.meeting.symbol = zh.meeting.symbol
        en.references = []
        en.warnings = []
        en.procedural = zh.procedural.map { line in
            var copy = line
            copy.references = []
            switch line.kind {
            case .opening: copy.text = "The meeting was called to order at 10.20 a.m."
            case .agendaAdoption: copy.text = "Adoption of the agenda"
            case .closing: copy.text = "The meeting rose at 1.10 p.m."
            default: copy.text = "Agenda: " + words(6, seed: line.lines.first)
            }
            return copy
        }
        en.statements = zh.statements.map { statement in
            var copy = statement
            copy.speaker = english(statement.speaker)
            copy.notes = []
            copy.paragraphs = statement.paragraphs.enumerated().map { p, paragraph in
                var text = words(min(36, max(6, paragraph.text.count / 3)), seed: statement.index * 31 + p)
                var citations: [Citation] = []
                for id in Set(paragraph.references.compactMap(\.id)).sorted() {
                    text += " We recall "
                    let start = text.unicodeScalars.count
                    text += id
                    citations.append(Citation(id: id, kind: .scResolution, text: id, start: start, end: text.unicodeScalars.count))
                    text += "."
                }
                return Paragraph(text: text, language: "en", page: paragraph.page, references: citations, lines: paragraph.lines)
            }
            return copy
        }
        return en
    }

    /// An English speaker for a Chinese one: the label as the English records write it.
    static func english(_ speaker: Speaker) -> Speaker {
        let spoke = speaker.language == "en" ? "" : " (spoke in \(languages[speaker.language] ?? speaker.language))"
        let country = speaker.country.map { countries[$0] ?? $0 }
        let label: String
        switch speaker.role {
        case .president: label = "The President" + spoke
        case .secretaryGeneral: label = "The Secretary-General" + spoke
        case .speaker:
            let name = speaker.name.map { names[$0] ?? $0 } ?? "Speaker"
            let title = speaker.title.map { titles[$0] ?? $0 } ?? "Mr."
            let shownCountry = speaker.countryInferred ? "" : country.map { " (\($0))" } ?? ""
            label = "\(title) \(name)\(shownCountry)\(spoke)"
        }
        return Speaker(
            label: label, name: speaker.name.map { names[$0] ?? $0 }, title: speaker.title.map { titles[$0] ?? $0 },
            role: speaker.role, country: country, countryCode: speaker.countryCode,
            countryInferred: speaker.countryInferred, language: speaker.language)
    }

    /// One statement of a synthetic version.
    static func statement(_ index: Int, _ speaker: Speaker, _ paragraphs: [String], page: Int) -> Statement {
        Statement(
            index: index, speaker: speaker,
            paragraphs: paragraphs.enumerated().map { p, text in
                var citations: [Citation] = []
                for (id, written) in [("S/RES/2774 (2025)", "2774 (2025)")] {
                    if let range = text.range(of: written) {
                        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                        citations.append(Citation(id: id, kind: .scResolution, text: written, start: start, end: start + written.unicodeScalars.count))
                    }
                }
                return Paragraph(text: text, language: speaker.language, page: page, references: citations,
                                 lines: LineSpan(first: index * 10 + p, last: index * 10 + p))
            },
            lines: LineSpan(first: index * 10, last: index * 10 + paragraphs.count), pages: LineSpan(first: page, last: page))
    }

    /// A record of `statements` with an opening before and a closing after.
    static func record(_ language: String, opening: String, closing: String, _ statements: [Statement]) -> Record {
        Record(
            meeting: Meeting(symbol: "S/PV.10124", body: language == "en" ? "Security Council" : "Conseil de sécurité",
                             date: language == "en" ? "23 March 2026" : "23 mars 2026", language: language),
            procedural: [
                ProceduralLine(kind: .opening, text: opening, page: 2, lines: LineSpan(first: 1, last: 1)),
                ProceduralLine(kind: .closing, text: closing, page: 9, lines: LineSpan(first: 99, last: 99)),
            ],
            statements: statements,
            blocks: [.procedural(0)] + statements.indices.map { .statement($0) } + [.procedural(1)])
    }

    /// English and French versions of one meeting. The French version splits the second
    /// paragraph of Ms. DiCarlo's statement in two and lacks the statement of the United States.
    static var englishAndFrench: (en: Record, fr: Record) {
        let en = record("en", opening: "The meeting was called to order at 10.05 a.m.", closing: "The meeting rose at 11.40 a.m.", [
            statement(1, Speaker(label: "The President", role: .president, language: "en"), [
                "I welcome Ms. DiCarlo and give her the floor.",
            ], page: 2),
            statement(2, Speaker(label: "Ms. DiCarlo", name: "DiCarlo", title: "Ms.", language: "en"), [
                "Since the adoption of resolution 2774 (2025), the situation has changed on the ground.",
                "Humanitarian access remains limited. Convoys wait for days at the crossings, and the Council has been told so before. We urge every party to let aid through without delay.",
                "I thank the Council for its attention.",
            ], page: 2),
            statement(3, Speaker(label: "Mr. Nebenzia (Russian Federation) (spoke in Russian)", name: "Nebenzia", title: "Mr.",
                                 country: "Russian Federation", countryCode: "RUS", language: "ru"), [
                "We listened carefully to the briefing.",
                "Our position on resolution 2774 (2025) is well known.",
            ], page: 3),
            statement(4, Speaker(label: "Mr. Waltz (United States of America)", name: "Waltz", title: "Mr.",
                                 country: "United States of America", countryCode: "USA", language: "en"), [
                "The United States supports the briefer's call.",
            ], page: 4),
            statement(5, Speaker(label: "Mr. Dharmadhikari (France) (spoke in French)", name: "Dharmadhikari", title: "Mr.",
                                 country: "France", countryCode: "FRA", language: "fr"), [
                "France shares the concerns expressed today.",
            ], page: 4),
        ])
        let fr = record("fr", opening: "La séance est ouverte à 10 h 5.", closing: "La séance est levée à 11 h 40.", [
            statement(1, Speaker(label: "Le Président (parle en anglais)", role: .president, language: "en"), [
                "Je souhaite la bienvenue à Mme DiCarlo et lui donne la parole.",
            ], page: 2),
            statement(2, Speaker(label: "Mme DiCarlo (parle en anglais)", name: "DiCarlo", title: "Mme", language: "en"), [
                "Depuis l’adoption de la résolution 2774 (2025), la situation a changé sur le terrain.",
                "L’accès humanitaire reste limité.",
                "Les convois attendent des jours aux points de passage, et le Conseil l’a déjà entendu. Nous exhortons toutes les parties à laisser passer l’aide sans délai.",
                "Je remercie le Conseil de son attention.",
            ], page: 2),
            statement(3, Speaker(label: "M. Nebenzia (Fédération de Russie) (parle en russe)", name: "Nebenzia", title: "M.",
                                 country: "Fédération de Russie", countryCode: "RUS", language: "ru"), [
                "Nous avons écouté attentivement l’exposé.",
                "Notre position sur la résolution 2774 (2025) est bien connue.",
            ], page: 3),
            statement(4, Speaker(label: "M. Dharmadhikari (France)", name: "Dharmadhikari", title: "M.",
                                 country: "France", countryCode: "FRA", language: "fr"), [
                "La France partage les préoccupations exprimées aujourd’hui.",
            ], page: 4),
        ])
        return (en, fr)
    }
}
