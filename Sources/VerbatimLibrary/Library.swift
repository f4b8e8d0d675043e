#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerbatimKit

/// A folder of records as one library: its index (built or brought up to date when opened) and
/// the queries over it. One SQLite connection; use a `Library` from one thread at a time.
public final class Library {
    /// The folder, as given.
    public let folder: String
    /// The index file, or `:memory:`.
    public let indexPath: String
    let db: SQLiteConnection

    init(folder: String, indexPath: String, db: SQLiteConnection) {
        self.folder = folder
        self.indexPath = indexPath
        self.db = db
    }

    /// Opens the index of `folder` (`indexPath` nil: the default cache location), building it
    /// or bringing it up to date with the folder unless `updating` is false. A corrupt index is
    /// rebuilt and an index that cannot be written is kept in memory, each with a warning in
    /// the report. Remembers the folder among the libraries used. `progress` is called after
    /// each batch of files written; when `isCancelled` returns true (checked between batches) the
    /// update stops there, leaving a consistent index that the next open completes.
    public static func open(
        folder: String, indexPath: String? = nil, updating: Bool = true,
        progress: ((IndexProgress) -> Void)? = nil, isCancelled: (() -> Bool)? = nil
    ) throws(LibraryError) -> (Library, IndexReport) {
        let clock = LibraryClock()
        var info = stat()
        guard stat(folder, &info) == 0 else { throw LibraryError("\(folder): no such folder") }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw LibraryError("\(folder): not a folder") }
        var (db, path, warnings) = try IndexStore.open(folder: folder, indexPath: indexPath)
        var report = IndexReport(warnings: warnings)
        if updating {
            var indexer = LibraryIndexer(db: db, folder: folder, indexPath: path, clock: clock, progress: progress, isCancelled: isCancelled)
            do {
                try indexer.update(into: &report)
            } catch where IndexStore.isCorruption(error) && path != ":memory:" {
                // Damage found inside the index: it is rebuilt from the folder.
                db.close()
                IndexStore.remove(path)
                (db, path, warnings) = try IndexStore.open(folder: folder, indexPath: path)
                report = IndexReport(warnings: report.warnings + warnings + ["\(path): the index was damaged (\(error.message)); it is rebuilt"])
                indexer = LibraryIndexer(db: db, folder: folder, indexPath: path, clock: clock, progress: progress, isCancelled: isCancelled)
                do {
                    try indexer.update(into: &report)
                } catch {
                    throw LibraryError("\(path): the index cannot be written: \(error.message)")
                }
            } catch {
                throw LibraryError("\(path): the index cannot be written: \(error.message)")
            }
            report.parseSeconds = indexer.parseSeconds
            report.writeSeconds = indexer.writeSeconds
            report.parseCPUSeconds = indexer.parseCPUSeconds
            report.writeCPUSeconds = indexer.writeCPUSeconds
        }
        let library = Library(folder: folder, indexPath: path, db: db)
        library.summarise(into: &report)
        report.seconds = clock.seconds
        LibraryLocations.remember(folder: folder)
        return (library, report)
    }

    /// Fills the report's totals, failures and warnings from the index.
    func summarise(into report: inout IndexReport) {
        report.meetings = (try? db.rows("SELECT count(*) FROM meetings").first?[0].int) ?? 0
        report.files = (try? db.rows("SELECT count(*) FROM files WHERE kind IN ('record', 'resolution')").first?[0].int) ?? 0
        let failed = (try? db.rows("SELECT path, error FROM files WHERE kind = 'failed' ORDER BY path")) ?? []
        report.failed = failed.map { FailedFile(path: $0[0].string ?? "", error: $0[1].string ?? "") }
        report.notRecords = ((try? db.rows("SELECT path FROM files WHERE kind = 'other' ORDER BY path")) ?? []).compactMap { $0[0].string }
        let duplicates = (try? db.rows("""
            SELECT d.path, f.path FROM files d JOIN files f ON f.meeting = d.meeting AND f.part IS d.part
              AND f.language = d.language AND f.status = d.status AND f.duplicate = 0 AND f.kind = 'record'
            WHERE d.duplicate = 1 ORDER BY d.path
            """)) ?? []
        for row in duplicates {
            report.warnings.append("\(row[0].string ?? ""): the same meeting, part, language and status as \(row[1].string ?? ""); only the latter is listed")
        }
    }

    // MARK: Meetings

    /// Every meeting, by date (undated last), then key.
    public func meetings() -> [LibraryMeeting] {
        let rows = (try? db.rows("""
            SELECT key, symbol, iso_date, body, title, statements, languages FROM meetings
            ORDER BY iso_date IS NULL, iso_date, key
            """)) ?? []
        let files = filesByMeeting(nil)
        return rows.map { meeting(from: $0, files: files) }
    }

    /// The meeting of `symbol` (`S/PV.8160`, spaces and case aside), or of the key given.
    public func meeting(symbol: String) -> LibraryMeeting? {
        let columns = "SELECT key, symbol, iso_date, body, title, statements, languages FROM meetings"
        let rows = (try? db.rows(columns + " WHERE key = ?1", [.text(symbol)])) ?? []
        guard let row = rows.first ?? (try? db.rows(columns + " WHERE upper(replace(key, ' ', '')) = ?1 LIMIT 1",
                                                     [.text(LibrarySchema.key(symbol))]))?.first else { return nil }
        return meeting(from: row, files: filesByMeeting(row[0].string))
    }

    /// The meeting a file belongs to.
    public func meeting(path: String) -> LibraryMeeting? {
        guard let key = (try? db.rows("SELECT meeting FROM files WHERE path = ?1", [.text(path)]))?.first?[0].string else { return nil }
        return meeting(symbol: key)
    }

    private func meeting(from row: SQLiteRow, files: [String: [LibraryFile]]) -> LibraryMeeting {
        let key = row[0].string ?? ""
        return LibraryMeeting(
            key: key, symbol: row[1].string, isoDate: row[2].string, body: row[3].string, title: row[4].string,
            statements: row[5].int ?? 0,
            languages: (row[6].string ?? "").split(separator: ",").map(String.init),
            files: files[key] ?? [])
    }

    private func filesByMeeting(_ key: String?) -> [String: [LibraryFile]] {
        let sql = """
            SELECT meeting, path, language, part, status FROM files
            WHERE kind = 'record' AND duplicate = 0 \(key == nil ? "" : "AND meeting = ?1")
            ORDER BY meeting, part IS NOT NULL, part, language, status, path
            """
        let rows = (try? db.rows(sql, key.map { [.text($0)] } ?? [])) ?? []
        var out: [String: [LibraryFile]] = [:]
        for row in rows {
            let file = LibraryFile(
                path: row[1].string ?? "", language: row[2].string ?? "", part: row[3].int,
                status: Meeting.Status(rawValue: row[4].string ?? "") ?? .unknown)
            out[row[0].string ?? "", default: []].append(file)
        }
        return out
    }

    // MARK: Citations

    /// The meetings that cite `referenceID` (`S/RES/1540 (2004)`; spaces and case aside), in
    /// date order, each with the counts and first mention of the version that holds the most
    /// mentions of it (among versions with as many, the first part, English, then by language
    /// code, final before provisional).
    ///
    /// Two queries, each through an index: the citing files by the `refs` primary key's
    /// `ref_key` prefix (each row carries its counts and first mention), and the files of those
    /// meetings by `files_meeting`.
    public func citing(_ referenceID: String) -> [CitingMeeting] {
        let key = SQLiteValue.text(LibrarySchema.key(referenceID))
        let rows = (try? db.rows(Self.citingFilesQuery, [key])) ?? []
        guard !rows.isEmpty else { return [] }
        var files: [String: [LibraryFile]] = [:]
        for row in (try? db.rows("""
            SELECT meeting, path, language, part, status FROM files
            WHERE kind = 'record' AND duplicate = 0
              AND meeting IN (SELECT f.meeting FROM refs r JOIN files f ON f.id = r.file WHERE r.ref_key = ?1)
            ORDER BY meeting, part IS NOT NULL, part, language, status, path
            """, [key])) ?? [] {
            files[row[0].string ?? "", default: []].append(LibraryFile(
                path: row[1].string ?? "", language: row[2].string ?? "", part: row[3].int,
                status: Meeting.Status(rawValue: row[4].string ?? "") ?? .unknown))
        }
        var seen: Set<String> = []
        var out: [CitingMeeting] = []
        for row in rows {
            guard let meetingKey = row[0].string, seen.insert(meetingKey).inserted else { continue }
            let meeting = self.meeting(from: SQLiteRow(values: Array(row.values[7...])), files: files)
            let path = row[1].string ?? ""
            let statements = (row[2].string ?? "").split(separator: ",").compactMap { Int($0) }
            let position = LibraryPosition(path: path, statement: row[4].int, paragraph: row[5].int ?? 0, offset: row[6].int ?? 0)
            out.append(CitingMeeting(meeting: meeting, path: path, statements: statements, mentions: row[3].int ?? 0, first: position))
        }
        return out
    }

    /// The files citing a reference key, the version that `citing` reports first in each meeting.
    static let citingFilesQuery = """
        SELECT f.meeting, f.path, r.statements, r.mentions, r.first_statement, r.first_paragraph, r.first_offset,
               m.key, m.symbol, m.iso_date, m.body, m.title, m.statements, m.languages
        FROM refs r JOIN files f ON f.id = r.file JOIN meetings m ON m.key = f.meeting
        WHERE r.ref_key = ?1 AND f.kind = 'record' AND f.duplicate = 0
        ORDER BY m.iso_date IS NULL, m.iso_date, m.key, r.mentions DESC, f.part IS NOT NULL, f.part,
                 f.language != 'en', f.language, f.status != 'final', f.path
        """

    /// How many meetings other than the one `path` belongs to cite `referenceID`.
    public func citingCount(_ referenceID: String, excluding path: String) -> Int {
        let key = LibrarySchema.key(referenceID)
        let rows = try? db.rows("""
            SELECT count(DISTINCT f.meeting) FROM refs r JOIN files f ON f.id = r.file
            WHERE r.ref_key = ?1 AND f.kind = 'record' AND f.duplicate = 0
              AND f.meeting IS NOT (SELECT meeting FROM files WHERE path = ?2)
            """, [.text(key), .text(path)])
        return rows?.first?[0].int ?? 0
    }

    /// The document the library holds under `symbol` (a record's symbol or a resolution's id),
    /// found by symbol whatever its file name; a record in English first, else the first by language.
    public func document(symbol: String) -> LibraryDocument? {
        let rows = try? db.rows("""
            SELECT d.symbol, f.path, d.kind FROM documents d JOIN files f ON f.id = d.file
            WHERE d.symbol_key = ?1 AND f.duplicate = 0
            ORDER BY d.kind = 'record', f.part IS NOT NULL, f.part, f.language != 'en', f.language, f.path LIMIT 1
            """, [.text(LibrarySchema.key(symbol))])
        guard let row = rows?.first else { return nil }
        return LibraryDocument(
            symbol: row[0].string ?? symbol, path: row[1].string ?? "",
            kind: LibraryDocument.Kind(rawValue: row[2].string ?? "") ?? .record)
    }

    // MARK: Speakers

    /// Every statement by the country of `countryCode`, in date order, with how the country voted
    /// in the meeting where the record has votes.
    public func statements(countryCode: String) -> [StatementHit] {
        statementHits(where: "s.country_code = ?1", [.text(countryCode)], votesOf: countryCode)
    }

    /// Every statement by `person`, in date order.
    public func statements(person: PersonKey) -> [StatementHit] {
        statementHits(where: "s.person = ?1", [.text(person.value)], votesOf: nil)
    }

    /// The person who made statement `statement` (1-based) of the file at `path`.
    public func person(of path: String, statement: Int) -> PersonKey? {
        let rows = try? db.rows("""
            SELECT s.person FROM statements s JOIN files f ON f.id = s.file WHERE f.path = ?1 AND s.idx = ?2
            """, [.text(path), .integer(Int64(statement))])
        return rows?.first?[0].string.map(PersonKey.init)
    }

    private func statementHits(where condition: String, _ values: [SQLiteValue], votesOf country: String?) -> [StatementHit] {
        let rows = (try? db.rows("""
            SELECT f.symbol, f.iso_date, f.language, f.path, s.idx, coalesce(s.name, s.label), s.country,
                   s.country_code, s.page, (SELECT text FROM paragraphs p WHERE p.id >= f.first_paragraph AND p.id < f.end_paragraph
                   AND p.statement = s.idx ORDER BY p.paragraph LIMIT 1), f.id
            FROM statements s JOIN files f ON f.id = s.file
            WHERE \(condition) AND f.duplicate = 0
            ORDER BY f.iso_date IS NULL, f.iso_date, f.meeting, f.part IS NOT NULL, f.part, f.language, s.idx
            """, values)) ?? []
        var votes: [Int: String] = [:]
        if let country {
            let voteRows = (try? db.rows("SELECT file, side FROM votes WHERE country_code = ?1 ORDER BY file, vote", [.text(country)])) ?? []
            for row in voteRows {
                guard let file = row[0].int, let side = row[1].string else { continue }
                votes[file] = votes[file].map { $0 + ", " + side } ?? side
            }
        }
        return rows.map { row in
            let path = row[3].string ?? ""
            let statement = row[4].int ?? 0
            return StatementHit(
                symbol: row[0].string, isoDate: row[1].string, language: row[2].string ?? "", path: path,
                statement: statement, speaker: row[5].string, country: row[6].string, countryCode: row[7].string,
                page: row[8].int ?? 0, snippet: Snippet.opening(row[9].string ?? ""), match: nil,
                position: LibraryPosition(path: path, statement: statement, paragraph: 0, offset: 0),
                vote: votes[row[10].int ?? -1])
        }
    }

    // MARK: Search

    /// Paragraphs holding `query` (case aside for Latin letters), in date order, at most `limit`.
    /// Queries of three characters or more use the trigram full-text index; shorter ones (a
    /// Chinese word of one or two characters) scan the paragraphs in date order until `limit`
    /// hits are found.
    public func search(_ query: String, filter: SearchFilter = SearchFilter(), limit: Int = 50) -> [StatementHit] {
        LibrarySearch(db: db).run(query, filter: filter, limit: limit)
    }
}
