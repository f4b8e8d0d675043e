import Testing
@testable import VerbatimKit

/// English labels and procedural lines, on inputs built for each form.
@Suite struct EnglishLabelTests {
    @Test func labelForms() {
        let text = """
            The meeting was called to order at 3.10 p.m.
            Adoption of the agenda
            The agenda was adopted.
            The President: I give the floor to Ms. DiCarlo.
            Ms. DiCarlo: Thank you.
            Mr. Nebenzia (Russian Federation) (spoke in Russian): We object.
            Mrs. Kabengele Lukundula (Democratic Republic of the Congo) (spoke in
            French): We welcome you.
            The Secretary-General: I thank the Council.
            The Acting President: I call on the next speaker.
            Sir Mark Lyall Grant (United Kingdom): Thank you.
            Dame Barbara Woodward (United Kingdom): Thank you.
            President Zelenskyy (Ukraine) (spoke in Ukrainian): Thank you.
            Prime Minister Mia Mottley (Barbados): Thank you.
            Mr. Alfaro de Alba (Panama) (spoke in Spanish): Thank you.
            Mr. Brown II (Liberia): Thank you.
            The meeting rose at 5.20 p.m.
            """
        let record = LanguageInput.parse(text)
        #expect(record.meeting.language == "en")
        #expect(record.meeting.openedAt == "3.10 p.m." && record.meeting.closedAt == "5.20 p.m.")
        let s = record.statements
        try? #require(s.count == 12)
        guard s.count == 12 else { return }
        #expect(s[0].speaker.role == .president && s[0].speaker.name == nil && s[0].speaker.language == "en")
        #expect(s[1].speaker.title == "Ms." && s[1].speaker.name == "DiCarlo" && s[1].speaker.country == nil)
        #expect(s[2].speaker.country == "Russian Federation" && s[2].speaker.language == "ru")
        #expect(s[2].speaker.label == "Mr. Nebenzia (Russian Federation) (spoke in Russian)")
        #expect(s[3].speaker.country == "Democratic Republic of the Congo" && s[3].speaker.language == "fr")
        #expect(s[3].paragraphs.first?.text == "We welcome you.")
        #expect(s[4].speaker.role == .secretaryGeneral)
        #expect(s[5].speaker.role == .president)
        #expect(s[6].speaker.title == "Sir" && s[6].speaker.name == "Mark Lyall Grant")
        #expect(s[7].speaker.title == "Dame")
        #expect(s[8].speaker.title == "President" && s[8].speaker.name == "Zelenskyy" && s[8].speaker.language == "uk")
        #expect(s[9].speaker.title == "Prime Minister" && s[9].speaker.name == "Mia Mottley")
        #expect(s[10].speaker.name == "Alfaro de Alba")
        #expect(s[11].speaker.name == "Brown II")
        let kinds = record.procedural.map(\.kind)
        #expect(kinds == [.opening, .agendaAdoption, .agendaAdoption, .closing])
    }

    @Test func coverLinesAndSentencesAreNotLabels() {
        let text = """
            President: Mr. Dang ........................................ (Viet Nam)
            Members: Belgium ........................................ Mr. Pecsteen de Buytswerve
            The meeting was called to order at 10 a.m.
            The President: I now give the floor to Mr. Chambas.
            Mr. Chambas, the Special Representative: he spoke.
            Mr. President, I thank you: we agree.
            The Council noted: the draft was adopted.
            Mr. Chambas said this: we listened.
            """
        let s = LanguageInput.parse(text, profile: .english).statements
        #expect(s.count == 1)
        #expect(s.first?.speaker.role == .president)
    }

    @Test func officesAndCoverLinesSplitOverTwoLines() {
        let text = """
            The Deputy Secretary-General: I thank the President.
            The Secretary-General: I thank the Deputy.
            """
        let s = LanguageInput.parse(text, profile: .english).statements
        #expect(s.map(\.speaker.role) == [.speaker, .secretaryGeneral])
        #expect(s.first?.speaker.title == "The Deputy Secretary-General" && s.first?.speaker.name == nil)
        let cover = """
            Председатель:
            г-н Дан . . . . . . . . . . . . . . . . . . . . . . . . . . . (Вьетнам)
            Председатель: Я объявляю заседание открытым.
            """
        let r = LanguageInput.parse(cover, profile: .russian).statements
        #expect(r.count == 1 && r.first?.paragraphs.first?.text == "Я объявляю заседание открытым.")
    }

    @Test func suspensionAndResumption() {
        let text = """
            The President: We shall now suspend.
            The meeting was suspended at 4.15 p.m. and resumed at 4.40 p.m.
            The President: We resume.
            The meeting was suspended at 5 p.m.
            The meeting resumed at 5.30 p.m.
            """
        let record = LanguageInput.parse(text, profile: .english)
        #expect(record.statements.count == 2)
        #expect(record.procedural.map(\.kind) == [.suspension, .suspension, .resumption])
    }

    @Test func aResumedPartNumbersItsStatementsFromOne() {
        // The second part of a meeting published in parts opens with its resumption.
        let text = """
            The meeting resumed at 3.05 p.m.
            The President: I give the floor to the representative of Cuba.
            Ms. Rodríguez Abascal (Cuba) (spoke in Spanish): Thank you.
            Mr. bin Momen (Bangladesh): Thank you.
            The meeting rose at 6.10 p.m.
            """
        let record = LanguageInput.parse(text, profile: .english)
        #expect(record.procedural.map(\.kind) == [.resumption, .closing])
        #expect(record.statements.map(\.index) == [1, 2, 3])
        #expect(record.statements.last?.speaker.name == "bin Momen")
    }

    @Test func spokenLanguageNoteInsideAStatement() {
        let text = """
            Mr. Nebenzia (Russian Federation) (spoke in Russian): We propose an amendment.
            (spoke in English)
            “and in accordance with the humanitarian principles”.
            """
        let s = LanguageInput.parse(text, profile: .english).statements
        #expect(s.count == 1)
        #expect(s.first?.notes.first?.language == "en")
    }
}

/// General Assembly records: agenda item headings in the body, and the Acting President.
@Suite struct GeneralAssemblyLabelTests {
    @Test(arguments: [
        (LanguageProfile.english, "Agenda item 68 (continued)", "The Acting President: I give the floor to the representative."),
        (LanguageProfile.french, "Point 68 de l’ordre du jour (suite)", "Le Président par intérim : Je donne la parole au représentant."),
        (LanguageProfile.spanish, "Tema 68 del programa (continuación)", "El Presidente interino: Tiene la palabra el representante."),
        (LanguageProfile.russian, "Пункт 68 повестки дня (продолжение)", "Исполняющий обязанности Председателя: Слово предоставляется представителю."),
    ])
    func agendaItemHeadingThenTheActingPresident(profile: LanguageProfile, heading: String, label: String) {
        let text = """
            \(heading)
            Report of the Human Rights Council
            \(label)
            """
        let record = LanguageInput.parse(text, profile: profile)
        // The heading and the item's title, each an agenda line (as in Chinese records).
        #expect(record.agenda.map(\.title) == [heading, "Report of the Human Rights Council"])
        #expect(record.statements.count == 1)
        #expect(record.statements.first?.speaker.role == .president)
    }

    @Test func aSentenceOpeningWithPointIsNotAHeading() {
        let text = """
            Le Président : Je donne la parole au représentant.
            Point 3 : nous appuyons le texte.
            """
        let record = LanguageInput.parse(text, profile: .french)
        #expect(record.agenda.isEmpty)
    }
}
