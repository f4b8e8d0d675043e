import Foundation
import Testing
@testable import VerbatimKit

/// Country names in the six languages, as labels and lists write them, map to one code.
@Suite struct CountryTableTests {
    @Test func unitedKingdomInSixLanguagesAndBothForms() {
        for name in ["联合王国", "大不列颠及北爱尔兰联合王国", "United Kingdom of Great Britain and Northern Ireland",
                     "United Kingdom", "Royaume-Uni", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
                     "Reino Unido", "Соединенное Королевство", "Соединённое Королевство", "المملكة المتحدة"] {
            #expect(CountryTable.code(for: name) == "GBR", "\(name)")
        }
    }

    @Test func unitedNationsFormalNames() {
        #expect(CountryTable.code(for: "多民族玻利维亚国") == "BOL")
        #expect(CountryTable.code(for: "Bolivia (Plurinational State of)") == "BOL")
        #expect(CountryTable.code(for: "Iran（Islamic Republic of）") == "IRN")
        #expect(CountryTable.code(for: "Venezuela (República Bolivariana de)") == "VEN")
        #expect(CountryTable.code(for: "Исламская Республика Иран") == "IRN")
        #expect(CountryTable.code(for: "朝鲜民主主义人民共和国") == "PRK")
        #expect(CountryTable.code(for: "大韩民国") == "KOR")
        #expect(CountryTable.code(for: "Korea, Republic of") == "KOR")
    }

    @Test func articlesCaseAccentsAndStraySpacesDoNotCount() {
        #expect(CountryTable.code(for: "the Niger") == "NER")
        #expect(CountryTable.code(for: "NIGER") == "NER")
        #expect(CountryTable.code(for: "la Fédération de Russie") == "RUS")
        #expect(CountryTable.code(for: "Federation de Russie") == "RUS")
        #expect(CountryTable.code(for: "el Reino Unido") == "GBR")
        #expect(CountryTable.code(for: "El Salvador") == "SLV")
        #expect(CountryTable.code(for: "新 西 兰") == "NZL")
        #expect(CountryTable.code(for: "Russian\nFederation") == "RUS")
        #expect(CountryTable.code(for: "Saint Vincent and the Gren-\nadines") == "VCT")
        #expect(CountryTable.code(for: "Côte d'Ivoire") == "CIV")
        #expect(CountryTable.code(for: "Cote d’Ivoire") == "CIV")
        #expect(CountryTable.code(for: "Ｆｒａｎｃｅ") == "FRA")
        // A long name as pdf.js may space it out over two lines.
        #expect(CountryTable.code(for: "Соединенное  Королевство  Великобритании  и \n  Северной  Ирландии  ") == "GBR")
    }

    @Test func similarNamesStayApart() {
        #expect(CountryTable.code(for: "Niger") == "NER")
        #expect(CountryTable.code(for: "Nigeria") == "NGA")
        #expect(CountryTable.code(for: "Dominica") == "DMA")
        #expect(CountryTable.code(for: "Dominican Republic") == "DOM")
        #expect(CountryTable.code(for: "Guinea") == "GIN")
        #expect(CountryTable.code(for: "Guinea-Bissau") == "GNB")
        #expect(CountryTable.code(for: "Equatorial Guinea") == "GNQ")
        #expect(CountryTable.code(for: "Sudan") == "SDN")
        #expect(CountryTable.code(for: "South Sudan") == "SSD")
        #expect(CountryTable.code(for: "Congo") == "COG")
        #expect(CountryTable.code(for: "Democratic Republic of the Congo") == "COD")
        #expect(CountryTable.code(for: "刚果民主共和国") == "COD")
    }

    @Test func observersAndOrganisations() {
        #expect(CountryTable.code(for: "State of Palestine") == "PSE")
        #expect(CountryTable.code(for: "巴勒斯坦国") == "PSE")
        #expect(CountryTable.code(for: "Holy See") == "VAT")
        #expect(CountryTable.code(for: "Saint-Siège") == "VAT")
        #expect(CountryTable.code(for: "European Union") == "EU")
        #expect(CountryTable.code(for: "Union européenne") == "EU")
        #expect(CountryTable.code(for: "Европейский союз") == "EU")
        #expect(CountryTable.code(for: "非洲联盟") == "AU")
        #expect(CountryTable.code(for: "African Union") == "AU")
    }

    @Test func arabicAsPDFJSWritesIt() {
        // Lam-alef written alef-lam, hamza on the alef, shadda and other marks.
        #expect(CountryTable.code(for: "التفيا") == "LVA")
        #expect(CountryTable.code(for: "لاتفيا") == "LVA")
        #expect(CountryTable.code(for: "االتحاد الروسي") == "RUS")
        #expect(CountryTable.code(for: "الاتّحاد الرّوسي") == "RUS")
        // A run of letters moved from the front to the end (visual order).
        #expect(CountryTable.code(for: "اليات المتحدة األمريكيةالو") == "USA")
    }

    @Test func icuRegionNamesFillTheGaps() {
        // ICU's own English name for the region, in no other list.
        #expect(CountryTable.code(for: "Congo - Kinshasa") == "COD")
        #expect(CountryTable.code(for: "Myanmar (Burma)") == "MMR")
    }

    @Test func unknownNamesAndNonNamesAreNil() {
        #expect(CountryTable.code(for: "Atlantis") == nil)
        #expect(CountryTable.code(for: "") == nil)
        #expect(CountryTable.code(for: "（）") == nil)
        #expect(CountryTable.code(for: "spoke in French") == nil)
        #expect(CountryTable.code(for: "以英语发言") == nil)
        #expect(CountryTable.code(for: String(repeating: "x", count: 10_000)) == nil)
    }

    @Test func tableKnowsEveryRegionInEveryLanguage() {
        #expect(CountryTable.codes.count >= 249 + 8)
        #expect(CountryTable.nameCount > 2000)
    }
}

/// Writes `CountryNames+Keys.swift` from the name lists; runs only when asked to.
@Test(.enabled(if: ProcessInfo.processInfo.environment["VERBATIM_WRITE_COUNTRY_KEYS"] != nil))
func writeCountryKeys() throws {
    let url = Fixture.root.appendingPathComponent("Sources/VerbatimKit/Language/CountryNames+Keys.swift")
    let source = """
        // Generated from CountryNames.unitedNations and CountryNames.iso by
        // `VERBATIM_WRITE_COUNTRY_KEYS=1 swift test --filter writeCountryKeys`; do not edit by hand.

        extension CountryNames {
            /// Every name's key (`CountryKey`) and its code, one a line: `key|CODE`.
            static let keyed = \"\"\"
        \(CountryTable.keyedLines().joined(separator: "\n"))
        \"\"\"
        }

        """
    try source.write(to: url, atomically: true, encoding: .utf8)
}

/// The committed keys are exactly the keys of the committed names.
@Test func committedCountryKeysMatchTheNames() {
    #expect(CountryNames.keyed.split(separator: "\n").map(String.init) == CountryTable.keyedLines())
}

/// Writes `CountryNames+ICU.swift` from the system's ICU; runs only when asked to.
@Test(.enabled(if: ProcessInfo.processInfo.environment["VERBATIM_WRITE_COUNTRY_KEYS"] != nil))
func writeICURegionNames() throws {
    let url = Fixture.root.appendingPathComponent("Sources/VerbatimKit/Language/CountryNames+ICU.swift")
    let regions = CountryTable.icuRegionLines()
    // Keyed from the lines just read, not from the committed ones.
    var seen: Set<String> = []
    var keyed: [String] = []
    for line in regions {
        let fields = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        if let key = CountryKey(String(fields[2])), seen.insert(key.text).inserted { keyed.append("\(key.text)|\(fields[1])") }
    }
    keyed = SortedKeyTable.sorted(keyed)
    let source = """
        // Generated from the system's ICU (its region display names in the six languages) by
        // `VERBATIM_WRITE_COUNTRY_KEYS=1 swift test --filter writeICURegionNames`; do not edit by hand.

        extension CountryNames {
            /// ICU's display name of every region in each of the six languages: `locale|CODE|name`.
            static let icuRegions = #\"\"\"
        \(regions.joined(separator: "\n"))
        \"\"\"#

            /// Each of those names' key (`CountryKey`) and its code, the first name to give a key
            /// winning: `key|CODE`.
            static let icuKeyed = #\"\"\"
        \(keyed.joined(separator: "\n"))
        \"\"\"#
        }

        """
    try source.write(to: url, atomically: true, encoding: .utf8)
}

/// The committed region names are ICU's, and their keys are the names' keys: a new ICU (or a
/// change to `CountryKey`) shows here, and `writeICURegionNames` brings them up to date.
@Test func committedICURegionNamesMatchICU() {
    #expect(CountryNames.icuRegions.split(separator: "\n").map(String.init) == CountryTable.icuRegionLines())
    #expect(CountryNames.icuKeyed.split(separator: "\n").map(String.init) == CountryTable.icuKeyedLines())
}

/// The tables' lines are split on their bytes as `split(separator:)` splits them by character.
@Test func barSeparatedLinesSplitAsCharactersWould() {
    let text = "a|B\n\nno bar\nkey|CODE|more\n中国|CHN\nlast|"
    #expect(CountryTable.barSeparatedLines(text, fields: 2) == [["a", "B"], ["key", "CODE|more"], ["中国", "CHN"], ["last", ""]])
    #expect(CountryTable.barSeparatedLines(text, fields: 3) == [["key", "CODE", "more"]])
    for source in [CountryNames.keyed, CountryNames.icuKeyed] {
        let byCharacter = source.split(separator: "\n").compactMap { line -> [Substring]? in
            guard let bar = line.firstIndex(of: "|") else { return nil }
            return [line[..<bar], line[line.index(after: bar)...]]
        }
        #expect(CountryTable.barSeparatedLines(source, fields: 2) == byCharacter)
    }
}

/// The generated key tables are in the order their binary search needs, and every key and
/// every line of the names finds its code through it.
@Test func keyTablesAreSortedAndFindEveryKey() {
    for table in [CountryTable.table, CountryTable.icuTable] {
        #expect(table.isSorted)
        #expect(table.count > 500)
    }
    for fields in CountryTable.barSeparatedLines(CountryNames.keyed, fields: 2) {
        #expect(CountryTable.table[String(fields[0])] == String(fields[1]))
    }
    #expect(CountryTable.table["nosuchcountry"] == nil && CountryTable.table[""] == nil)
    #expect(CountryTable.shortName(of: "USA", language: "zh") == "美国")
    #expect(CountryTable.shortName(of: "USA", language: "xx") == nil)
    // The short names of one language come from its lines alone.
    #expect(CountryTable.barSeparatedLines("zh|A|x\nen|B|zh|\nzh|C|z|w", fields: 3, prefix: "zh|")
        == [["zh", "A", "x"], ["zh", "C", "z|w"]])
}
