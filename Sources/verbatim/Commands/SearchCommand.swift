import ArgumentParser
import VerbatimLibrary

/// `verbatim search DIR QUERY`: paragraphs across a library that hold the query, in date order.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every paragraph of a library of records.")

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The text to find (any length; case aside for Latin letters).")
    var query: String

    @Option(name: .long, help: "Only statements by a speaker whose name or label holds this.")
    var speaker: String?

    @Option(name: .long, help: "Only statements by this country: a code (CHN) or part of its name.")
    var country: String?

    @Option(name: .long, help: "Only statements that cite this reference, e.g. 'S/RES/1540 (2004)'.")
    var cites: String?

    @Option(name: .long, help: "Only meetings on or after this date (YYYY-MM-DD).")
    var from: String?

    @Option(name: .long, help: "Only meetings on or before this date (YYYY-MM-DD).")
    var to: String?

    @Option(name: .long, help: "At most this many results.")
    var limit = 50

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
        for date in [from, to].compactMap({ $0 }) where !SearchCommand.isDate(date) {
            throw ValidationError("\(date): a date is written YYYY-MM-DD")
        }
    }

    /// `text` on one line for the table: a line break (a paragraph running over a page's
    /// foot) reads as a space.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    func run() throws {
        let (library, _) = try library.open()
        let filter = SearchFilter(speaker: speaker, country: country, cites: cites, from: from, to: to)
        let hits = library.search(query, filter: filter, limit: limit)
        if output.effective == .json {
            try JSONOutput.print(hits.map(SearchResult.init))
            return
        }
        var table = TextTable(header: ["date", "symbol", "statement", "speaker", "page", "snippet"])
        table.rightAligned = [2, 4]
        table.maximumWidth = 60
        for hit in hits {
            table.rows.append([
                hit.isoDate ?? "—", hit.symbol ?? hit.path, hit.statement.map(String.init) ?? "—",
                hit.speaker.map { name in hit.countryCode.map { "\(name) (\($0))" } ?? name } ?? "—",
                String(hit.page), Self.oneLine(hit.snippet),
            ])
        }
        print(table.render(), terminator: "")
    }
}

/// One search result as `search --json` prints it; absent facts are `null`.
struct SearchResult: Encodable {
    var hit: StatementHit

    private enum CodingKeys: String, CodingKey {
        case symbol, isoDate, language, path, statement, speaker, country, countryCode, page, snippet
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hit.symbol, forKey: .symbol)
        try container.encode(hit.isoDate, forKey: .isoDate)
        try container.encode(hit.language, forKey: .language)
        try container.encode(hit.path, forKey: .path)
        try container.encode(hit.statement, forKey: .statement)
        try container.encode(hit.speaker, forKey: .speaker)
        try container.encode(hit.country, forKey: .country)
        try container.encode(hit.countryCode, forKey: .countryCode)
        try container.encode(hit.page, forKey: .page)
        try container.encode(hit.snippet, forKey: .snippet)
    }
}
