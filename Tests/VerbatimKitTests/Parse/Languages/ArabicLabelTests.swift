import Testing
@testable import VerbatimKit

/// Arabic labels and procedural lines as pdf.js extracts them, on inputs built for each form.
@Suite struct ArabicLabelTests {
    @Test func arabicTwoLineLabels() {
        let text = """
            .15/10 افتتحت الجلسة الساعة
            أقر جدول األعمال.
            ): أعطي الكلمة اآلن لممثل فرنسا.
            تكلم باإلنكليزية( الرئيس
            ): أرحب بنائب وزير الخارجية في نيويورك.
            (فرنسا) (تكلم بالفرنسية السيد بونافون
            ): أشكر المتكلمين.
            انيا) (تكلم باإلنكليزية(أوكر السيد ميلنيك
            (البحرين): بداية، أود أن أرحب بالسيد النداو السيدة نانسي عبد هللا
            .17/20 رُفعت الجلسة الساعة
            """
        let record = LanguageInput.parse(text)
        #expect(record.meeting.language == "ar")
        #expect(record.meeting.openedAt == "15/10" && record.meeting.closedAt == "17/20")
        let s = record.statements
        #expect(s.map(\.speaker.role) == [.president, .speaker, .speaker, .speaker])
        #expect(s.map(\.speaker.language) == ["en", "fr", "en", "ar"])
        guard s.count == 4 else { return }
        #expect(s[1].speaker.title == "السيد" && s[1].speaker.name == "بونافون" && s[1].speaker.country == "فرنسا")
        #expect(s[1].paragraphs.first?.text == "أرحب بنائب وزير الخارجية في نيويورك.")
        #expect(s[2].speaker.country == "أوكرانيا")
        #expect(s[3].speaker.country == "البحرين" && s[3].speaker.name == "نانسي عبد هللا")
        #expect(s[3].paragraphs.first?.text == "بداية، أود أن أرحب بالسيد النداو")
        #expect(record.procedural.map(\.kind) == [.opening, .agendaAdoption, .closing])
    }
}
