import Testing
@testable import VerbatimKit

/// The table is built from the name lists split on their bytes; every name must land as it
/// would with the lists split into `Character`s, the first code to name a key winning.
@Test func theTableHoldsEveryListedNameUnderItsFirstCode() {
    var expected: [String: String] = [:]
    for source in [CountryNames.unitedNations, CountryNames.iso] {
        for line in source.split(separator: "\n") {
            let fields = line.split(separator: "|")
            guard let code = fields.first, fields.count > 1 else { continue }
            for name in fields.dropFirst() {
                if let key = CountryKey(String(name)), expected[key.text] == nil { expected[key.text] = String(code) }
            }
        }
    }
    #expect(expected.count > 1_000)
    for (key, code) in expected {
        #expect(CountryTable.table[key] == code, "\(key)")
    }
}

/// ASCII letters and digits are kept, case folded; ASCII punctuation and spaces only separate
/// words (so an article is still recognised after them).
@Test func asciiNamesKeepLettersAndDigitsOnly() {
    #expect(CountryKey("The  United-Kingdom (of) G.B. 2")?.text == "unitedkingdomofgb2")
    #expect(CountryKey("L'Italie")?.text == "italie")
    #expect(CountryKey("Côte d’Ivoire")?.text == "cotedivoire")
    #expect(CountryKey("--- ()") == nil)
}
