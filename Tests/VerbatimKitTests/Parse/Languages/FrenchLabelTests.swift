import Testing
@testable import VerbatimKit

/// French labels and procedural lines, on inputs built for each form.
@Suite struct FrenchLabelTests {
    @Test(arguments: [" :", "\u{00A0}:", "\u{202F}:", ":"])
    func frenchColonAfterAnySpace(colon: String) {
        let text = """
            La séance est ouverte à 15 h 10.
            Adoption de l’ordre du jour
            L’ordre du jour est adopté.
            Le Président (parle en anglais)\(colon) Je donne la parole à Mme DiCarlo.
            Mme DiCarlo (parle en anglais)\(colon) Je vous remercie.
            M. Bonnafont (France)\(colon) La France est favorable.
            La Présidente (parle en espagnol)\(colon) Je remercie M. Bonnafont.
            Le Secrétaire général\(colon) Je remercie le Conseil.
            Mlle Dupont (Belgique) (parle en néerlandais)\(colon) Merci.
            La séance est levée à 17 h 20.
            """
        let record = LanguageInput.parse(text)
        #expect(record.meeting.language == "fr")
        #expect(record.meeting.openedAt == "15 h 10" && record.meeting.closedAt == "17 h 20")
        let s = record.statements
        #expect(s.map(\.speaker.role) == [.president, .speaker, .speaker, .president, .secretaryGeneral, .speaker])
        #expect(s.map(\.speaker.language) == ["en", "en", "fr", "es", "fr", "nl"])
        #expect(s.count == 6 && s[2].speaker.label == "M. Bonnafont (France)" && s[2].speaker.country == "France")
        #expect(s.count == 6 && s[1].speaker.title == "Mme" && s[5].speaker.title == "Mlle")
        #expect(record.procedural.map(\.kind) == [.opening, .agendaAdoption, .agendaAdoption, .closing])
    }

    @Test func frenchSuspension() {
        let text = """
            Le Président : La séance est suspendue.
            La séance est suspendue à 16 h 15.
            La séance est reprise à 16 h 40.
            """
        let record = LanguageInput.parse(text, profile: .french)
        #expect(record.procedural.map(\.kind) == [.suspension, .resumption])
    }

    @Test func frenchCoverLineIsNotALabel() {
        let text = """
            Présidents : M. Landau/M. Waltz ............................. (États-Unis d’Amérique)
            Le Président (parle en anglais) : Je déclare la séance ouverte.
            """
        let s = LanguageInput.parse(text, profile: .french).statements
        #expect(s.count == 1 && s.first?.speaker.role == .president)
    }
}


/// The space before a label's colon: French typography, or an extraction's stray space.
@Suite struct ColonSpacingTests {
    @Test func englishToleratesOneStraySpaceOnly() {
        let one = LanguageInput.parse("Ms. Lassen (Denmark) : I thank the briefers.", profile: .english)
        #expect(one.statements.count == 1)
        let many = LanguageInput.parse("Ms. Lassen (Denmark)\u{00A0}\u{00A0}: I thank the briefers.", profile: .english)
        #expect(many.statements.isEmpty)
    }
}
