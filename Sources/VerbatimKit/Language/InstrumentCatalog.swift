/// A treaty, convention, plan, code or charter that records cite, with every name it goes by.
public struct Instrument: Sendable {
    /// The catalogue id: the English short name or acronym (`NPT`, `JCPOA`, `UN Charter`).
    public let id: String
    /// Its names by language (ISO 639-1 code): full names, short forms and acronyms, as the
    /// records write them. In a name, a word ending in `*` may take an inflected ending
    /// (`Устав*` is `Устав`, `Устава`, `Уставом`…).
    public let names: [String: [String]]

    public init(id: String, names: [String: [String]]) {
        self.id = id
        self.names = names
    }
}

/// The reviewed catalogue of instruments (`InstrumentCatalog.entries`, in its data file), and
/// the lookups the parser makes in it: a Chinese `《…》` name to its id, and a language's names
/// for finding instruments in running text.
public enum InstrumentCatalog {
    /// The catalogue id of a name as written in `language` (for Chinese, the text inside `《》`
    /// without spaces), or `nil` when the catalogue does not know it.
    public static func id(forName name: String, language: String) -> String? {
        byName(language)[ByteKey(name)]
    }

    /// The entry with catalogue id `id`.
    public static func instrument(id: String) -> Instrument? {
        entries.first { $0.id == id }
    }

    /// Every name of `language` with its id, longest first.
    static func names(in language: String) -> [(name: String, id: String)] {
        var out: [(name: String, id: String)] = []
        for entry in entries {
            for name in entry.names[language] ?? [] { out.append((name, entry.id)) }
        }
        return out.sorted { $0.name.utf8.count > $1.name.utf8.count }
    }

    /// Name → id in `language`, each of the six languages' built on its first use (a record
    /// asks for its own language's only), a later entry's name winning.
    private static func byName(_ language: String) -> [ByteKey: String] {
        switch language {
        case "zh": ByName.zh
        case "en": ByName.en
        case "fr": ByName.fr
        case "es": ByName.es
        case "ru": ByName.ru
        case "ar": ByName.ar
        default: ByName.table(language)
        }
    }

    /// One name table for each of the six languages.
    private enum ByName {
        static let zh = table("zh")
        static let en = table("en")
        static let fr = table("fr")
        static let es = table("es")
        static let ru = table("ru")
        static let ar = table("ar")

        static func table(_ language: String) -> [ByteKey: String] {
            var out: [ByteKey: String] = [:]
            for entry in entries {
                for name in entry.names[language] ?? [] { out[ByteKey(name)] = entry.id }
            }
            return out
        }
    }
}

/// A language's instrument names as UTF-8 bytes, grouped by their first two bytes, for matching
/// at a position of running text.
struct InstrumentNameTable: Sendable {
    struct Name: Sendable {
        let bytes: [UInt8]
        let id: String
    }

    private(set) var byStart: [UInt16: [Name]] = [:]

    init(names: [(name: String, id: String)]) {
        for (name, id) in names {
            let bytes = Array(name.utf8)
            guard bytes.count >= 2 else { continue }
            byStart[Self.key(bytes[0], bytes[1]), default: []].append(Name(bytes: bytes, id: id))
        }
    }

    var isEmpty: Bool { byStart.isEmpty }

    @inline(__always)
    static func key(_ a: UInt8, _ b: UInt8) -> UInt16 { UInt16(a) << 8 | UInt16(b) }

    /// The names that start with bytes `a`, `b`, longest first.
    @inline(__always)
    func candidates(_ a: UInt8, _ b: UInt8) -> [Name]? {
        byStart[Self.key(a, b)]
    }
}
