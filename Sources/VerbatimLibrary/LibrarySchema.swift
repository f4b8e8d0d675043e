/// The tables of a library index. `version` changes whenever the tables change; an index of
/// another version is rebuilt.
enum LibrarySchema {
    static let version = 5

    /// Bytes of pending full-text entries FTS5 keeps in memory before it writes them out as a
    /// segment (its `hashsize`; 1 MB by default). Pending entries are written at each commit
    /// anyway, so with the indexer's batches (`LibraryIndexer.batchBytes` of text per
    /// transaction) each batch becomes one segment instead of dozens of 1 MB ones that FTS5
    /// would then merge again and again: the trigram indexing costs about a quarter of the CPU.
    static let fullTextPendingBytes = 64 << 20

    /// Segments of one size FTS5 lets gather before it merges them into one (its `automerge`;
    /// 4 by default). With 8 each entry is rewritten by merges about two thirds as often as
    /// with 4 (there are log8 rather than log4 levels): the trigram index of the 2,000 benchmark
    /// meetings cost about a fifth less CPU to build, and searches read a few more segments
    /// for no measurable time.
    static let fullTextMergeWidth = 8

    /// Paragraph ids sort by meeting date: `days since 1940-01-01 << 20 | n`, where `n` counts the
    /// day's paragraphs densely (the next free id of the day's range, about a million), so that
    /// full-text hits come out in date order, a date range is a range of ids, and the gaps the
    /// full-text index stores between ids stay small. Undated paragraphs come after every day,
    /// in a range without end.
    static let dayShift: Int64 = 20
    static let undated: Int64 = 0xFFFF

    static let create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        -- Every file under the folder, record or not: what was read and what it is, and the
        -- run of paragraph ids its paragraphs have (first_paragraph ..< end_paragraph).
        CREATE TABLE IF NOT EXISTS files(
            id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
            hash TEXT NOT NULL, kind TEXT NOT NULL, error TEXT,
            meeting TEXT, symbol TEXT, part INTEGER, language TEXT, status TEXT,
            iso_date TEXT, body TEXT, title TEXT, statements INTEGER NOT NULL DEFAULT 0,
            duplicate INTEGER NOT NULL DEFAULT 0, first_paragraph INTEGER, end_paragraph INTEGER);
        CREATE INDEX IF NOT EXISTS files_meeting ON files(meeting);
        -- Meetings: the files of one symbol grouped (kept in step with files in each transaction).
        CREATE TABLE IF NOT EXISTS meetings(
            key TEXT PRIMARY KEY, symbol TEXT, iso_date TEXT, body TEXT, title TEXT,
            statements INTEGER NOT NULL, languages TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS meetings_date ON meetings(iso_date, key);
        CREATE TABLE IF NOT EXISTS speakers(
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, country_code TEXT NOT NULL DEFAULT '',
            UNIQUE(name, country_code));
        CREATE TABLE IF NOT EXISTS statements(
            file INTEGER NOT NULL, idx INTEGER NOT NULL, speaker INTEGER NOT NULL, label TEXT NOT NULL,
            name TEXT, role TEXT NOT NULL, country TEXT, country_code TEXT, page INTEGER NOT NULL,
            person TEXT, PRIMARY KEY(file, idx)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS statements_country ON statements(country_code);
        CREATE INDEX IF NOT EXISTS statements_person ON statements(person);
        -- Every paragraph's text: statements' paragraphs (statement set), procedural lines and
        -- unattributed text (block set), a document's paragraphs.
        CREATE TABLE IF NOT EXISTS paragraphs(
            id INTEGER PRIMARY KEY, file INTEGER NOT NULL, statement INTEGER, paragraph INTEGER NOT NULL,
            page INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE VIRTUAL TABLE IF NOT EXISTS paragraph_text USING fts5(
            text, content='paragraphs', content_rowid='id', tokenize='trigram', detail='none', columnsize=0);
        -- The references of each file, with the place of the file's first mention (so that
        -- `cites` reads one row per citing file, by the primary key's ref_key prefix).
        CREATE TABLE IF NOT EXISTS refs(
            file INTEGER NOT NULL, ref TEXT NOT NULL, ref_key TEXT NOT NULL, kind TEXT NOT NULL,
            mentions INTEGER NOT NULL, statements TEXT NOT NULL,
            first_statement INTEGER, first_paragraph INTEGER NOT NULL DEFAULT 0, first_offset INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY(ref_key, file)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS refs_file ON refs(file);
        CREATE TABLE IF NOT EXISTS mentions(
            file INTEGER NOT NULL, ref_key TEXT NOT NULL, statement INTEGER, paragraph INTEGER NOT NULL,
            offset INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS mentions_ref ON mentions(ref_key, file, statement);
        CREATE INDEX IF NOT EXISTS mentions_file ON mentions(file);
        CREATE TABLE IF NOT EXISTS votes(
            file INTEGER NOT NULL, vote INTEGER NOT NULL, draft TEXT, resolution TEXT,
            country_code TEXT NOT NULL, side TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS votes_country ON votes(country_code, file);
        CREATE INDEX IF NOT EXISTS votes_file ON votes(file);
        CREATE TABLE IF NOT EXISTS documents(
            symbol_key TEXT NOT NULL, symbol TEXT NOT NULL, file INTEGER NOT NULL, kind TEXT NOT NULL,
            PRIMARY KEY(symbol_key, file)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS documents_file ON documents(file);
        """

    /// A reference id or symbol as looked up: without spaces, upper case.
    static func key(_ id: String) -> String {
        String(id.unicodeScalars.filter { $0 != " " && $0 != "\u{A0}" }.map { Character($0) }).uppercased()
    }

    /// Days since 1940-01-01 of an ISO date (`2018-01-18`), clamped to the id's 16 bits; `undated` when unreadable.
    static func day(_ iso: String?) -> Int64 {
        guard let iso else { return undated }
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d) else { return undated }
        // Days from civil (proleptic Gregorian).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468 - epoch
        return Int64(min(max(days, 0), Int(undated) - 1))
    }

    /// 1940-01-01 in days since 1970-01-01.
    private static let epoch = -10957
}
