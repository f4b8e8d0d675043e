import Testing
@testable import VerbatimKit

/// Damaged and hostile inputs in every language: no crash, no hang, and no text dropped.
@Suite struct DamagedLabelTests {
    static let inputs: [String] = [
        "Mr.",
        "Mr. :",
        "The President",
        "The President:",
        "Mr. X (((((((((((((((((((((((((((((((((((",
        "Mr. X (Country\n\n\n",
        "Mr. X (a) (b) (c) (d) (e) (f): text",
        "):\n",
        "):\nتكلم",
        "(\n):\n(",
        "(البحرين):",
        "(البحرين): السيدة",
        "تكلم باإلنكليزية( الرئيس",
        "Председатель",
        "Le Président :",
        String(repeating: "Mr. Smith (France) ", count: 2000) + ":",
        "Mr. " + String(repeating: "A", count: 100_000) + ": text",
        String(repeating: "resolu-\n", count: 500),
        String(repeating: "\u{00A0}:\n", count: 50),
    ]

    @Test(arguments: LanguageProfile.all.map(\.code))
    func noCrashAndNoTextDropped(code: String) throws {
        let profile = try #require(LanguageProfile.named(code))
        for input in Self.inputs {
            let record = LanguageInput.parse(input, profile: profile)
            // Every letter of the input is somewhere in the record.
            var kept = record.unattributed.map(\.text).joined()
            for s in record.statements {
                kept += s.speaker.label + s.paragraphs.map(\.text).joined() + s.notes.map(\.text).joined()
            }
            kept += record.procedural.map(\.text).joined()
            let letters = input.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            let keptLetters = kept.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            #expect(keptLetters * 10 >= letters * 9, "\(code): \(input.prefix(40))")
        }
    }
}
