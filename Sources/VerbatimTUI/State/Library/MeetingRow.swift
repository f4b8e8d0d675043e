/// One meeting of a library as the meetings list shows it: its versions and parts grouped.
public struct MeetingRow: Equatable, Sendable {
    /// One file of the meeting: a language version, a part, a provisional or final text.
    public struct File: Equatable, Sendable {
        public var path: String
        public var language: String
        /// The part of a resumed meeting (`nil`: the meeting is in one part).
        public var part: Int?
        /// True for a provisional record, false for a final one.
        public var provisional: Bool

        public init(path: String, language: String, part: Int? = nil, provisional: Bool = false) {
            self.path = path
            self.language = language
            self.part = part
            self.provisional = provisional
        }
    }

    /// The symbol, or the path when the meeting has none.
    public var key: String
    public var symbol: String?
    /// `YYYY-MM-DD`, when known.
    public var isoDate: String?
    /// The organ that met (e.g. "Security Council").
    public var body: String?
    /// The first item of the agenda.
    public var title: String?
    /// Statements in the primary version.
    public var statements: Int
    /// Language codes of its versions, in the library's order.
    public var languages: [String]
    public var files: [File]

    public init(key: String, symbol: String?, isoDate: String?, body: String?, title: String?, statements: Int, languages: [String], files: [File]) {
        self.key = key
        self.symbol = symbol
        self.isoDate = isoDate
        self.body = body
        self.title = title
        self.statements = statements
        self.languages = languages
        self.files = files
    }

    /// The parts of a resumed meeting, in order (empty when it is in one part).
    public var parts: [Int] {
        Array(Set(files.compactMap(\.part))).sorted()
    }

    /// True when a provisional version is among its files; `final` when a final one is.
    public var hasProvisional: Bool { files.contains { $0.provisional } }
    public var hasFinal: Bool { files.contains { !$0.provisional } }

    /// The files Enter opens: those of the first part and of one status (final before
    /// provisional), one per language: English first (read, the others beside it), then in
    /// the order of `languages`.
    public var openedFiles: [File] {
        files(part: parts.first, provisional: !hasFinal)
    }

    /// The texts of the meeting that are read apart: each part, final and provisional; empty
    /// when there is only one.
    public var texts: [(part: Int?, provisional: Bool)] {
        var result: [(part: Int?, provisional: Bool)] = []
        for part in parts.isEmpty ? [nil] : parts.map(Optional.some) {
            for provisional in [false, true] where files.contains(where: { $0.part == part && $0.provisional == provisional }) {
                result.append((part, provisional))
            }
        }
        return result.count > 1 ? result : []
    }

    /// The files of one part and status, one per language, English first.
    public func files(part: Int?, provisional: Bool) -> [File] {
        let candidates = files.filter { $0.part == part && $0.provisional == provisional }
        var seen: Set<String> = []
        var result: [File] = []
        for language in ["en"] + languages + candidates.map(\.language) where !seen.contains(language) {
            if let file = candidates.first(where: { $0.language == language }) {
                seen.insert(language)
                result.append(file)
            }
        }
        return result
    }

    /// Symbol (or key), title and date folded for the `f` filter.
    var filterText: SearchText {
        SearchText([symbol ?? key, title ?? "", isoDate ?? "", body ?? ""].joined(separator: "\n"))
    }
}
