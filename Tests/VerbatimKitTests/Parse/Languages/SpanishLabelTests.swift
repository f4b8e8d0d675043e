import Testing
@testable import VerbatimKit

/// Spanish labels and procedural lines, on inputs built for each form.
@Suite struct SpanishLabelTests {
    @Test func spanishForms() {
        let text = """
            Se declara abierta la sesión a las 15.10 horas.
            Aprobación del orden del día
            Queda aprobado el orden del día.
            El Presidente (habla en inglés): Doy la palabra a la Sra. DiCarlo.
            Sra. DiCarlo (habla en inglés): Gracias.
            Sr. Alfaro de Alba (Panamá): Gracias, Señor Presidente.
            La Presidenta (habla en francés): Doy las gracias al Sr. Alfaro de Alba.
            El Secretario General (habla en inglés): Gracias.
            Srta. Gómez (Colombia): Gracias.
            Se suspende la sesión a las 16.00 horas.
            Se reanuda la sesión a las 16.30 horas.
            Se levanta la sesión a las 17.20 horas.
            """
        let record = LanguageInput.parse(text)
        #expect(record.meeting.language == "es")
        #expect(record.meeting.openedAt == "15.10 horas" && record.meeting.closedAt == "17.20 horas")
        let s = record.statements
        #expect(s.map(\.speaker.role) == [.president, .speaker, .speaker, .president, .secretaryGeneral, .speaker])
        #expect(s.map(\.speaker.language) == ["en", "en", "es", "fr", "en", "es"])
        #expect(s.count == 6 && s[2].speaker.country == "Panamá" && s[2].speaker.name == "Alfaro de Alba")
        #expect(record.procedural.map(\.kind) == [.opening, .agendaAdoption, .agendaAdoption, .suspension, .resumption, .closing])
    }
}
