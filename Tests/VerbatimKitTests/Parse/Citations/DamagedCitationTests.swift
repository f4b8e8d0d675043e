import Testing
@testable import VerbatimKit

/// The scanner on text that only looks like citations, cut short, or mixed at random: it
/// finishes, and every citation's offsets point at its text.
@Suite struct DamagedCitationTests {
    static let pieces = [
        "resolution", " ", "2774", " (", "2025", ")", "(", "ES", "-", "11/", "10", "A/", "PV.", "S/", "第", "号", "决议",
        "《", "》", "резо-", " люцию", "قرار", ")2025(", "Charter of the", " United Nations", "the ", "Устава", "，", "、",
        "and", "et", "/", ".", "-", "\u{00A0}", "\u{00AD}", "é", "ё", "ال", "大会", "Treaty", "NPT", "\n",
    ]

    @Test(arguments: ["zh", "en", "fr", "es", "ru", "ar"])
    func randomMixturesAreScannedSafely(language: String) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                text += Self.pieces.randomElement(using: &generator)!
            }
            let scalars = Array(text.unicodeScalars)
            for c in CitationProbe.scan(text, language: language) {
                #expect(c.start >= 0 && c.start < c.end && c.end <= scalars.count, "\(text)")
                guard c.start >= 0, c.start < c.end, c.end <= scalars.count else { continue }
                #expect(String(String.UnicodeScalarView(scalars[c.start..<c.end])) == c.text, "\(text)")
            }
        }
    }

    @Test func textCutShort() {
        for (text, language) in [
            ("resolution 2774 (2025", "en"), ("resolution 2774 (", "en"), ("резо-", "ru"), ("ES-11/", "en"),
            ("A/ES-", "zh"), ("第2500(2019", "zh"), (")2025(", "ar"), ("Charter of the United", "en"), ("S/PV. ", "fr"),
        ] {
            #expect(CitationProbe.ids(text, language: language).allSatisfy { !$0.isEmpty }, "\(text)")
        }
        #expect(CitationProbe.ids("resolution 2774 (2025", language: "en") == [])
        #expect(CitationProbe.ids("Charter of the United", language: "en") == [])
    }
}
