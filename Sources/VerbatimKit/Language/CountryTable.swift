import CICU

/// Countries as identities: every name a State, observer or organisation goes by in the six
/// languages, mapped to one code (ISO 3166-1 alpha-3 for States; the codes of `docs/json.md`
/// for observers and organisations, such as `PSE`, `VAT`, `EU`, `AU`).
///
/// Names come from three sources, the first that knows a name winning: the United Nations'
/// names (`CountryNames.unitedNations`), the ISO 3166-1 names and their translations
/// (`CountryNames.iso`), and ICU's region display names in the six languages. Names are
/// matched by a key that ignores case, accents, spaces, punctuation and brackets (ASCII or
/// full-width), a leading article (`the`, `la`, `el`…), and the lam-alef order of pdf.js's
/// Arabic text.
public enum CountryTable {
    /// The code for a country name as a label or a vote list writes it, or `nil` when unknown.
    public static func code(for name: String) -> String? {
        guard let key = CountryKey(name) else { return nil }
        if let code = table[key.text] { return code }
        // pdf.js writes some Arabic names in visual order, a run of letters moved from the
        // front to the end (`اليات المتحدة األمريكيةالو`): try each rotation.
        if key.isArabic { return rotatedMatch(key.scalars) }
        return nil
    }

    /// The number of distinct names (keys) the table knows.
    public static var nameCount: Int { table.count }

    /// Every code the table knows.
    public static var codes: Set<String> { Set(table.values) }

    /// The six ICU locales whose region names complete the table.
    static let icuLocales = ["zh", "en", "fr", "es", "ru", "ar"]

    /// Key → code, built once on first use.
    static let table: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(8192)
        for source in [CountryNames.unitedNations, CountryNames.iso] {
            // Split on the bytes of `\n` and `|` (both ASCII), not by `Character`.
            for line in source.utf8.split(separator: UInt8(ascii: "\n")) {
                let fields = line.split(separator: UInt8(ascii: "|"))
                guard let first = fields.first, fields.count > 1 else { continue }
                let code = String(decoding: first, as: UTF8.self)
                for field in fields.dropFirst() {
                    if let key = CountryKey(String(decoding: field, as: UTF8.self)) {
                        let text = key.text
                        if table[text] == nil { table[text] = code }
                    }
                }
            }
        }
        addICUNames(to: &table)
        return table
    }()

    /// ICU's display name of every region in each of the six languages, where no other source
    /// gave that name.
    private static func addICUNames(to table: inout [String: String]) {
        let count = vb_region_count()
        guard count > 0 else { return }
        var alpha3 = [CChar](repeating: 0, count: 4)
        var buffer = [UInt8](repeating: 0, count: 512)
        for locale in icuLocales {
            for index in 0..<count {
                let length = vb_region_name(index, locale, &alpha3, &buffer, Int32(buffer.count))
                guard length > 0 else { continue }
                let name = String(decoding: buffer[0..<Int(length)], as: UTF8.self)
                let code = String(decoding: alpha3.prefix(3).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if let key = CountryKey(name) {
                    let text = key.text
                    if table[text] == nil { table[text] = code }
                }
            }
        }
    }

    private static func rotatedMatch(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count > 2 else { return nil }
        var rotated = String.UnicodeScalarView()
        for split in 1..<scalars.count {
            rotated.removeAll(keepingCapacity: true)
            rotated.append(contentsOf: scalars[split...])
            rotated.append(contentsOf: scalars[..<split])
            if let code = table[String(rotated)] { return code }
        }
        return nil
    }
}

extension CountryTable {
    /// Gives each speaker whose label (or the invitation before it) names a country the code
    /// of that country, where the parser left `countryCode` empty.
    public static func identifySpeakers(in record: inout Record) {
        for i in record.statements.indices where record.statements[i].speaker.countryCode == nil {
            if let country = record.statements[i].speaker.country {
                record.statements[i].speaker.countryCode = code(for: country)
            }
        }
    }
}
