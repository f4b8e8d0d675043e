import Testing
@testable import VerbatimKit

/// The citation forms of English, French, Spanish, Russian and Arabic records, each normalised
/// to the id the Chinese form gets.
@Suite struct LanguageCitationFormTests {
    func ids(_ text: String, _ language: String) -> [String] { CitationProbe.ids(text, language: language) }

    @Test func securityCouncilResolutionsInEveryLanguage() {
        let id = ["S/RES/2774 (2025)"]
        #expect(ids("and comply with resolution 2774 (2025).", "en") == id)
        #expect(ids("Resolution 2774 (2025), adopted in 2025, expresses", "en") == id)
        #expect(ids("se conformer à la résolution 2774 (2025).", "fr") == id)
        #expect(ids("La Résolution 2774 (2025) exprime", "fr") == id)
        #expect(ids("cumplir la resolución 2774 (2025).", "es") == id)
        #expect(ids("выполнить резолюцию 2774 (2025).", "ru") == id)
        #expect(ids("Принятая в 2025 году резолюция 2774 (2025) недвусмысленно", "ru") == id)
        #expect(ids("в своей резолюции 2774 (2025)", "ru") == id)
        #expect(ids("и резолюцией 2774 (2025).", "ru") == id)
        #expect(ids("وفقا للقرار 2774 (2025).", "ar") == id)
        // The text runs from the word to the bracket.
        #expect(CitationProbe.scan("comply with resolution 2774 (2025).", language: "en").first?.text == "resolution 2774 (2025)")
    }

    @Test func aWordBrokenAcrossALine() {
        #expect(ids("а также выполнить резо- люцию 2774 (2025).", "ru") == ["S/RES/2774 (2025)"])
        #expect(CitationProbe.scan("выполнить резо- люцию 2774 (2025).", language: "ru").first?.text == "резо- люцию 2774 (2025)")
        #expect(ids("la réso- lution 2774 (2025)", "fr") == ["S/RES/2774 (2025)"])
        #expect(ids("выполнить резо-люцию 2774 (2025).", "ru") == ["S/RES/2774 (2025)"])
        #expect(ids("выполнить резо\u{00AD}люцию 2774 (2025).", "ru") == ["S/RES/2774 (2025)"])
    }

    @Test func arabicInVisualOrder() {
        // pdf.js wrote `بالقرار 2774 (2025).` right to left: the number and year in visual order.
        #expect(ids(".)2025( 2774 ارام بالقرالمحتلة", "ar") == ["S/RES/2774 (2025)"])
        #expect(ids("،)2026( 2817 ارع القرانيا من أوائل الدول", "ar") == ["S/RES/2817 (2026)"])
        let c = CitationProbe.scan("والقر .)2025( 2774", language: "ar")
        #expect(c.first?.text == ")2025( 2774")
        // A year and a number without the word for resolution near are not one.
        #expect(ids("في عام 2025( 12 شخصا", "ar") == [])
        // Only Arabic extractions are read in visual order.
        #expect(ids("القر 2025( 2774", "en") == [])
    }

    @Test func lists() {
        #expect(ids("resolutions 2231 (2015) and 2334 (2016)", "en") == ["S/RES/2231 (2015)", "S/RES/2334 (2016)"])
        #expect(ids("resolutions 1267 (1999), 1989 (2011) and 2253 (2015)", "en")
            == ["S/RES/1267 (1999)", "S/RES/1989 (2011)", "S/RES/2253 (2015)"])
        #expect(ids("les résolutions 2231 (2015) et 2334 (2016)", "fr") == ["S/RES/2231 (2015)", "S/RES/2334 (2016)"])
        #expect(ids("las resoluciones 2231 (2015) y 2334 (2016)", "es") == ["S/RES/2231 (2015)", "S/RES/2334 (2016)"])
        #expect(ids("резолюций 2231 (2015) и 2334 (2016)", "ru") == ["S/RES/2231 (2015)", "S/RES/2334 (2016)"])
        #expect(ids("القرارين 2231 (2015) و 2334 (2016)", "ar") == ["S/RES/2231 (2015)", "S/RES/2334 (2016)"])
        // A number after `and` that is no resolution ends the list.
        #expect(ids("resolution 2231 (2015) and 15 members", "en") == ["S/RES/2231 (2015)"])
    }

    @Test func generalAssemblyResolutions() {
        let id = ["A/RES/ES-11/10"]
        #expect(ids("General Assembly resolution ES-11/10, adopted on 24 February", "en") == id)
        #expect(ids("(résolution ES-11/10 de l’Assemblée générale)", "fr") == id)
        #expect(ids("(resolución ES -11/10 de la Asamblea General)", "es") == id)
        #expect(ids("резолюция Генеральной Ассамблеи ES-11/10, принятая", "ru") == id)
        #expect(ids("قرار الجمعية العامة رقمES-11/10", "ar") == id)
        #expect(ids("General Assembly resolution 46/182", "en") == ["A/RES/46/182"])
        #expect(ids("la résolution 70/47 de l’Assemblée générale", "fr") == ["A/RES/70/47"])
        #expect(ids("resolution 377 (V)", "en") == ["A/RES/377 (V)"])
        // Another body's numbering is not the Assembly's.
        #expect(ids("Human Rights Council resolution 5/1", "en") == [])
        #expect(ids("la résolution 5/1 du Conseil des droits de l’homme", "fr") == [])
        #expect(ids("резолюция 5/1 Совета по правам человека", "ru") == [])
    }

    @Test func symbolsWithStraySpaces() {
        #expect(ids("(voir A/ES-11/PV. 23 et A/ES-11/PV. 24)", "fr") == ["A/ES-11/PV.23", "A/ES-11/PV.24"])
        #expect(ids("(voir S/PV. 10087)", "fr") == ["S/PV.10087"])
        #expect(ids("see document S/2019/1005 and S/PV.10110", "en") == ["S/2019/1005", "S/PV.10110"])
        #expect(ids("(A/ES-11/L.16/Rev.1)", "ru") == ["A/ES-11/L.16/Rev.1"])
        // A joint symbol is the two documents' symbols.
        #expect(ids("(A/73/907-S/2019/509)", "en") == ["A/73/907", "S/2019/509"])
        #expect(ids("A/ES-10/PV.5, ES-10/20", "en") == ["A/ES-10/PV.5", "A/RES/ES-10/20"])
        #expect(ids("(резолюция Генеральной Ассамблеи A/RES/ES-11/9)", "ru") == ["A/RES/ES-11/9"])
        #expect(ids("للتطبيقA/ES-11/PV.24 و A/ES-11/PV.23", "ar") == ["A/ES-11/PV.24", "A/ES-11/PV.23"])
    }

    @Test func aLanguageWithoutAProfileGetsTheSharedForms() {
        // Symbols and emergency special sessions are written alike everywhere; words are not.
        #expect(ids("die Resolution 2774 (2025), S/2019/1005 und ES-11/10", "de") == ["S/2019/1005", "A/RES/ES-11/10"])
        #expect(LanguageProfile.named("ru")?.citations.resolutionStems == ["резолюци"])
        #expect(LanguageProfile.all.allSatisfy { $0.citations.language == $0.code })
    }

    @Test func notCitations() {
        #expect(ids("a peaceful resolution of the conflict in 2025 (a year)", "en") == [])
        #expect(ids("resolution 2774 alone", "en") == [])
        #expect(ids("the resolute 2774 (2025)", "en") == [])
        #expect(ids("ES-11/10/Add.1", "en") == [])
        #expect(ids("Договора о нераспространении ядерного оружия", "fr") == [])
    }
}
