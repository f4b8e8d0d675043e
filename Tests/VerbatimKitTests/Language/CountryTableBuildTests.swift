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

/// The scalars `CountryKey` keys without looking up their Unicode properties are exactly the
/// ones the properties would keep (letters and digits, not marks or format characters), and the
/// ASCII ones it drops are the ones the properties would drop.
@Test func fastPathScalarsAreTheLettersThePropertiesKeep() {
    func kept(_ value: UInt32) -> Bool {
        let properties = Unicode.Scalar(value)!.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format: return false
        default: return value != 0x0640 && (properties.isAlphabetic || properties.numericType != nil)
        }
    }
    for range in [UInt32(0x0410)...0x045F, 0x0621...0x063A, 0x0641...0x064A, 0x4E00...0x9FFF] {
        for value in range { #expect(kept(value), "U+\(String(value, radix: 16))") }
    }
    for value in UInt32(0)..<0x80 {
        let letterOrDigit = (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        #expect(kept(value) == letterOrDigit, "U+\(String(value, radix: 16))")
    }
}
