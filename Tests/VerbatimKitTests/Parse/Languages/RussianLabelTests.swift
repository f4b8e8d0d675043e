import Testing
@testable import VerbatimKit

/// Russian labels and procedural lines, on inputs built for each form.
@Suite struct RussianLabelTests {
    @Test func russianForms() {
        let text = """
            Председатель: г-н Ландау/г-н Уолтц. . . . . . . . . . . . . . . . . . . . .
            Заседание открывается в 15 ч 10 мин.
            Утверждение повестки дня
            Повестка дня утверждается.
            Председатель (говорит по-английски): Я предоставляю слово г-же Дикарло.
            Г-жа Дикарло (говорит по-английски): Благодарю.
            Г-н Небензя (Российская Федерация): Мы возражаем.
            Г-н Альфаро де Альба (Панама) (говорит по-испански): Благодарю.
            Генеральный секретарь (говорит по-французски): Благодарю.
            Заседание прерывается в 16 ч 00 мин.
            Заседание возобновляется в 16 ч 30 мин.
            Заседание закрывается в 17 ч 20 мин.
            """
        let record = LanguageInput.parse(text)
        #expect(record.meeting.language == "ru")
        #expect(record.meeting.openedAt == "15 ч 10 мин" && record.meeting.closedAt == "17 ч 20 мин")
        let s = record.statements
        // The cover's `Председатель:` line with dot leaders is not a statement.
        #expect(s.map(\.speaker.role) == [.president, .speaker, .speaker, .speaker, .secretaryGeneral])
        #expect(s.map(\.speaker.language) == ["en", "en", "ru", "es", "fr"])
        #expect(s.count == 5 && s[2].speaker.title == "Г-н" && s[2].speaker.name == "Небензя")
        #expect(s.count == 5 && s[3].speaker.name == "Альфаро де Альба")
        #expect(record.procedural.map(\.kind) == [.opening, .agendaAdoption, .agendaAdoption, .suspension, .resumption, .closing])
    }

    @Test func russianHyphenatedWordsAreJoined() {
        let text = """
            Г-н Небензя (Российская Федерация): Совет принял вчера резо-
            люцию 2774 (2025), и заместитель Генерального секретаря по
            политическим вопросам и вопросам миростроительства выступила
            с брифингом, в котором говорилось о вопросах мира и миростро-
            ительства в регионе и о положении гражданского населения.
            """
        let s = LanguageInput.parse(text, profile: .russian).statements
        #expect(s.first?.paragraphs.first?.text.contains("резолюцию 2774 (2025)") == true)
        #expect(s.first?.paragraphs.first?.text.contains("мира и миростроительства в регионе") == true)
        #expect(s.first?.paragraphs.count == 1)
    }
}
