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
        if let code = lookUp(key.text) { return code }
        // pdf.js writes some Arabic names in visual order, a run of letters moved from the
        // front to the end (`اليات المتحدة األمريكيةالو`): try each rotation.
        if key.isArabic { return rotatedMatch(key.scalars) }
        return nil
    }

    /// The code for a key: the names' table first, ICU's region names only when it fails.
    private static func lookUp(_ key: String) -> String? {
        table[key] ?? icuTable[key]
    }

    /// The number of distinct names (keys) the table knows.
    public static var nameCount: Int { table.count + icuTable.keys.filter { table[$0] == nil }.count }

    /// Every code the table knows.
    public static var codes: Set<String> { table.codes.union(icuTable.codes) }

    /// Every name the table knows for `code`, as written (all six languages, short and formal
    /// forms), for matching a country by any of its names; empty for an unknown code.
    public static func names(of code: String) -> [String] {
        namesByCode[code] ?? []
    }

    /// The short name the language `language` (an ISO 639-1 code of the six) gives the country
    /// `code` (`USA` in `zh` → `美国`), from ICU's region names; `nil` when unknown.
    public static func shortName(of code: String, language: String) -> String? {
        shortNames(language)?[code]
    }

    /// Language → code → ICU's region name, each language's built on its first use (the
    /// speaker list asks for the record's language only).
    static func shortNames(_ language: String) -> [String: String]? {
        switch language {
        case "zh": ShortNames.zh
        case "en": ShortNames.en
        case "fr": ShortNames.fr
        case "es": ShortNames.es
        case "ru": ShortNames.ru
        case "ar": ShortNames.ar
        default: nil
        }
    }

    /// One table of ICU's region names for each of the six languages.
    private enum ShortNames {
        static let zh = names("zh")
        static let en = names("en")
        static let fr = names("fr")
        static let es = names("es")
        static let ru = names("ru")
        static let ar = names("ar")

        /// Code → name in `locale`, the first name of a code winning, from the lines of
        /// `CountryNames.icuRegions` that start with the locale.
        static func names(_ locale: String) -> [String: String] {
            var names: [String: String] = [:]
            for fields in barSeparatedLines(CountryNames.icuRegions, fields: 3, prefix: locale + "|")
            where names[String(fields[1])] == nil {
                names[String(fields[1])] = String(fields[2])
            }
            return names
        }
    }

    /// Code → names as written, built once on first use from the same sources as `table`.
    static let namesByCode: [String: [String]] = {
        var names: [String: [String]] = [:]
        for source in [CountryNames.unitedNations, CountryNames.iso] {
            for line in source.split(separator: "\n") {
                let fields = line.split(separator: "|")
                guard let code = fields.first, fields.count > 1 else { continue }
                names[String(code), default: []].append(contentsOf: fields.dropFirst().map(String.init))
            }
        }
        forEachICURegionName { _, code, name in names[code, default: []].append(name) }
        return names
    }()

    /// The six ICU locales whose region names complete the table.
    static let icuLocales = ["zh", "en", "fr", "es", "ru", "ar"]

    /// Key → code from the United Nations' and the ISO names, built once on first use from
    /// their keys as `CountryNames.keyed` holds them (made in advance: folding every name at
    /// start-up took longer than parsing a record).
    static let table = SortedKeyTable(CountryNames.keyed)

    /// The keyed lines of the names' sources (`key|CODE`, the first source to name a key
    /// winning), as `CountryNames.keyed` must hold them.
    static func keyedLines() -> [String] {
        var seen: Set<String> = []
        var lines: [String] = []
        for source in [CountryNames.unitedNations, CountryNames.iso] {
            for line in source.split(separator: "\n") {
                let fields = line.split(separator: "|")
                guard let code = fields.first, fields.count > 1 else { continue }
                for name in fields.dropFirst() {
                    if let key = CountryKey(String(name)), seen.insert(key.text).inserted {
                        lines.append("\(key.text)|\(code)")
                    }
                }
            }
        }
        return SortedKeyTable.sorted(lines)
    }

    /// ICU's display name of every region in each of the six languages, keyed; built only when
    /// a name is not in `table`, from `CountryNames.icuKeyed` (keyed in advance, as `table`).
    static let icuTable = SortedKeyTable(CountryNames.icuKeyed)

    /// The keyed lines of ICU's region names (`key|CODE`, the first name to give a key
    /// winning), as `CountryNames.icuKeyed` must hold them.
    static func icuKeyedLines() -> [String] {
        var seen: Set<String> = []
        var lines: [String] = []
        forEachICURegionName { _, code, name in
            if let key = CountryKey(name), seen.insert(key.text).inserted { lines.append("\(key.text)|\(code)") }
        }
        return SortedKeyTable.sorted(lines)
    }

    /// Calls `body` with each of the six locales, each region's alpha-3 code, and the region's
    /// display name in that locale, as ICU has them.
    private static func forEachICURegionName(_ body: (_ locale: String, _ code: String, _ name: String) -> Void) {
        for region in icuRegionNames { body(region.locale, region.code, region.name) }
    }

    /// ICU's region names as `CountryNames.icuRegions` holds them (read from ICU in advance:
    /// reading them at start-up, for the first screen's speaker rows, cost about 22 M
    /// instructions).
    private static let icuRegionNames: [(locale: String, code: String, name: String)] = {
        var names: [(locale: String, code: String, name: String)] = []
        names.reserveCapacity(1_600)
        for fields in barSeparatedLines(CountryNames.icuRegions, fields: 3) {
            names.append((String(fields[0]), String(fields[1]), String(fields[2])))
        }
        return names
    }()

    /// The lines of `text` (those starting with `prefix`, when given) that hold at least
    /// `fields` (two or more) fields separated by `|`, as their first `fields` fields (the last
    /// one running to the end of the line). Found on the contiguous UTF-8 bytes: splitting by
    /// `Character` looks for each grapheme's end first, and stepping through `String.UTF8View`
    /// indices cost tens of instructions a byte (about 2 M for one language's short names).
    static func barSeparatedLines(_ text: String, fields count: Int, prefix: String = "") -> [[Substring]] {
        var text = text
        text.makeContiguousUTF8()
        let prefixBytes = Array(prefix.utf8)
        let utf8 = text.utf8
        let start = utf8.startIndex
        let found = utf8.withContiguousStorageIfAvailable { bytes -> [[Substring]] in
            var lines: [[Substring]] = []
            var fields: [Substring] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd - lineStart >= prefixBytes.count,
                    prefixBytes.indices.allSatisfy({ bytes[lineStart + $0] == prefixBytes[$0] })
                else { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                var i = lineStart
                while i < lineEnd, fields.count < count - 1 {
                    if bytes[i] == 0x7C {
                        fields.append(text[utf8.index(start, offsetBy: fieldStart)..<utf8.index(start, offsetBy: i)])
                        fieldStart = i + 1
                    }
                    i += 1
                }
                guard fields.count == count - 1 else { continue }
                fields.append(text[utf8.index(start, offsetBy: fieldStart)..<utf8.index(start, offsetBy: lineEnd)])
                lines.append(fields)
            }
            return lines
        }
        return found ?? []
    }

    /// ICU's region names as the system's ICU gives them now, `locale|CODE|name` a line, in the
    /// order of the six locales and then of ICU's regions: what `CountryNames.icuRegions`
    /// must hold.
    static func icuRegionLines() -> [String] {
        var lines: [String] = []
        let count = vb_region_count()
        var alpha3 = [CChar](repeating: 0, count: 4)
        var buffer = [UInt8](repeating: 0, count: 512)
        for locale in icuLocales where count > 0 {
            for index in 0..<count {
                let length = vb_region_name(index, locale, &alpha3, &buffer, Int32(buffer.count))
                guard length > 0 else { continue }
                let code = String(decoding: alpha3.prefix(3).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                lines.append("\(locale)|\(code)|\(String(decoding: buffer[0..<Int(length)], as: UTF8.self))")
            }
        }
        return lines
    }

    private static func rotatedMatch(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count > 2 else { return nil }
        var rotated = String.UnicodeScalarView()
        for split in 1..<scalars.count {
            rotated.removeAll(keepingCapacity: true)
            rotated.append(contentsOf: scalars[split...])
            rotated.append(contentsOf: scalars[..<split])
            if let code = lookUp(String(rotated)) { return code }
        }
        return nil
    }
}

extension CountryTable {
    /// Gives each speaker whose label (or the invitation before it) names a country the code
    /// of that country, where the parser left `countryCode` empty.
    public static func identifySpeakers(in record: inout Record) {
        // A country is looked up once however often its speakers speak.
        var codes: [String: String?] = [:]
        for i in record.statements.indices where record.statements[i].speaker.countryCode == nil {
            if let country = record.statements[i].speaker.country {
                if let known = codes[country] {
                    record.statements[i].speaker.countryCode = known
                } else {
                    let found = code(for: country)
                    codes[country] = .some(found)
                    record.statements[i].speaker.countryCode = found
                }
            }
        }
    }
}
