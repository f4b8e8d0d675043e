import VerbatimKit
import VerbatimLibrary

/// A `Library` (the index of a folder) as the browser asks of it: its answers turned into the
/// browser's rows. Used from the event loop's thread only.
public final class LibraryCatalog: LibrarySource {
    let library: Library

    public init(_ library: Library) {
        self.library = library
    }

    public func meetingRows() -> [MeetingRow] {
        library.meetings().map(LibraryCatalog.row)
    }

    /// A meeting as the meetings list shows it.
    public static func row(_ meeting: LibraryMeeting) -> MeetingRow {
        MeetingRow(
            key: meeting.key, symbol: meeting.symbol, isoDate: meeting.isoDate, body: meeting.body, title: meeting.title,
            statements: meeting.statements, languages: meeting.languages,
            files: meeting.files.map { MeetingRow.File(path: $0.path, language: $0.language, part: $0.part, provisional: $0.status == .provisional) })
    }

    public func citingRows(_ key: String, excluding: [String]) -> [FoundRow] {
        let own = Set(excluding.compactMap { library.meeting(path: $0)?.key })
        return library.citing(key).filter { !own.contains($0.meeting.key) && !excluding.contains($0.path) }.map { citing in
            let position = citing.first
            // The mention's extent is taken from the record when it is read (`reference`).
            return FoundRow(
                symbol: citing.meeting.symbol ?? citing.meeting.key, isoDate: citing.meeting.isoDate, mentions: citing.mentions,
                place: LibraryPlace(paths: [position.path], statement: position.statement, paragraph: position.paragraph,
                                    offset: position.offset, reference: key))
        }
    }

    public func citedElsewhere(_ key: String, excluding: [String]) -> Int {
        guard let first = excluding.first else { return 0 }
        return library.citingCount(key, excluding: first)
    }

    public func countryRows(code: String) -> [FoundRow] {
        library.statements(countryCode: code).map(LibraryCatalog.row)
    }

    public func personRows(path: String, statement: Int) -> [FoundRow] {
        guard let person = library.person(of: path, statement: statement) else { return [] }
        return library.statements(person: person).map(LibraryCatalog.row)
    }

    public func searchRows(_ query: String) -> [FoundRow] {
        library.search(query, limit: LibraryAnswers.searchLimit).map(LibraryCatalog.row)
    }

    static func row(_ hit: StatementHit) -> FoundRow {
        let position = hit.position
        return FoundRow(
            symbol: hit.symbol, isoDate: hit.isoDate, speaker: hit.speaker, country: hit.country, page: hit.page,
            text: hit.snippet, match: hit.match, vote: hit.vote,
            place: LibraryPlace(paths: [position.path], statement: position.statement ?? hit.statement, paragraph: position.paragraph,
                                offset: position.offset, length: hit.match.map { $0.count } ?? 0))
    }

    public func documentPath(symbol: String) -> String? {
        library.document(symbol: symbol)?.path
    }

    public func resolutionRecord(path: String) -> Record? {
        guard let bytes = FileBytes.read(path), let text = String(validating: bytes, as: UTF8.self),
              let resolution = ResolutionText.parse(text) else { return nil }
        return LibraryCatalog.record(of: resolution)
    }

    /// A resolution's text as a record without speakers: one block of text, its symbol, title,
    /// adoption line and paragraphs as its lines.
    static func record(of resolution: ResolutionText) -> Record {
        let lines = [resolution.symbol, resolution.title, resolution.adoption].compactMap { $0 } + resolution.paragraphs
        let block = UnattributedBlock(text: lines.joined(separator: "\n"), page: 1, lines: LineSpan(first: 1, last: max(1, lines.count)))
        return Record(
            meeting: Meeting(symbol: resolution.symbol, isoDate: resolution.isoDate, language: "en"),
            blocks: [.unattributed(0)], unattributed: [block])
    }
}
