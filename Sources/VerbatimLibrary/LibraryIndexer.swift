import Dispatch
import VerbatimKit

/// Brings a library's index up to date with its folder: new files added, changed files read
/// again (when their content hash changed), removed files dropped. Files are parsed in parallel
/// on every core, batch by batch, and each batch is written by this one writer in one
/// transaction, so that an interrupted update leaves a consistent index.
struct LibraryIndexer {
    let db: SQLiteConnection
    let folder: String
    let indexPath: String
    let clock: LibraryClock
    let progress: ((IndexProgress) -> Void)?
    let isCancelled: (() -> Bool)?
    private let speakers = SpeakerIDs()
    private let fullText = FullTextQueue()
    /// Seconds spent parsing and writing (for the benchmark).
    private(set) var parseSeconds = 0.0
    private(set) var writeSeconds = 0.0
    /// CPU seconds spent parsing (all threads) and writing (the writer's thread).
    private(set) var parseCPUSeconds = 0.0
    private(set) var writeCPUSeconds = 0.0

    /// Bytes parsed before each batch is written.
    static let batchBytes = 8 << 20
    static let batchFiles = 128

    init(
        db: SQLiteConnection, folder: String, indexPath: String, clock: LibraryClock,
        progress: ((IndexProgress) -> Void)?, isCancelled: (() -> Bool)? = nil
    ) {
        self.isCancelled = isCancelled
        self.db = db
        self.folder = folder
        self.indexPath = indexPath
        self.clock = clock
        self.progress = progress
    }

    private struct Known {
        var id: Int64
        var size: Int
        var mtime: Int64
        var hash: String
        var meeting: String?
    }

    private struct Work {
        var file: ScannedFile
        var known: Known?
    }

    mutating func update(into report: inout IndexReport) throws(SQLiteError) {
        let skip = [indexPath, indexPath + "-wal", indexPath + "-shm", indexPath + "-journal"]
        let scanned = FolderScan.files(under: folder, skipping: skip)
        var known: [String: Known] = [:]
        for row in try db.rows("SELECT path, id, size, mtime, hash, meeting FROM files") {
            guard let path = row[0].string else { continue }
            known[path] = Known(
                id: Int64(row[1].int ?? 0), size: row[2].int ?? 0, mtime: Int64(row[3].int ?? 0),
                hash: row[4].string ?? "", meeting: row[5].string)
        }
        let present = Set(scanned.map(\.path))
        let gone = known.filter { !present.contains($0.key) }
        var work: [Work] = []
        for file in scanned {
            if let old = known[file.path], old.size == file.size, old.mtime == file.mtime { continue }
            work.append(Work(file: file, known: known[file.path]))
        }
        if !gone.isEmpty {
            try transaction {
                var affected: Set<String> = []
                for (_, old) in gone {
                    try deleteRows(of: old.id)
                    try db.run("DELETE FROM files WHERE id = ?1", [.integer(old.id)])
                    if let meeting = old.meeting { affected.insert(meeting) }
                }
                try refresh(affected)
            }
            report.removed = gone.count
        }
        let totalBytes = work.reduce(0) { $0 + $1.file.size }
        var batches: [Range<Int>] = []
        var start = 0
        while start < work.count {
            var end = start
            var bytes = 0
            while end < work.count, end - start < Self.batchFiles, bytes < Self.batchBytes || end == start {
                bytes += work[end].file.size
                end += 1
            }
            batches.append(start..<end)
            start = end
        }
        // Batch k + 1 is parsed while batch k is written.
        func parseJob(_ range: Range<Int>) -> ParseJob {
            ParseJob(paths: work[range].map(\.file.path), known: work[range].map { $0.known?.hash })
        }
        var pending = batches.first.map(parseJob)
        var done = 0
        var bytesDone = 0
        for (k, range) in batches.enumerated() {
            guard let job = pending else { break }
            if isCancelled?() == true {
                _ = job.wait()
                report.warnings.append("the update was stopped; \(work.count - done) files are left for the next one")
                break
            }
            let results = job.wait()
            parseSeconds += job.seconds
            parseCPUSeconds += results.reduce(0) { $0 + $1.cpuSeconds }
            pending = k + 1 < batches.count ? parseJob(batches[k + 1]) : nil
            let batch = Array(work[range])
            let writeStart = LibraryClock.now()
            let writeCPUStart = LibraryClock.threadCPU()
            do {
                try transaction {
                    var affected: Set<String> = []
                    for (item, result) in zip(batch, results) {
                        if let old = item.known, let oldMeeting = old.meeting { affected.insert(oldMeeting) }
                        let (meeting, written) = try write(item, result)
                        if let meeting { affected.insert(meeting) }
                        if written { if item.known == nil { report.added += 1 } else { report.updated += 1 } }
                    }
                    try refresh(affected)
                }
            } catch {
                _ = pending?.wait()
                throw error
            }
            writeSeconds += LibraryClock.now() - writeStart
            writeCPUSeconds += LibraryClock.threadCPU() - writeCPUStart
            done += batch.count
            bytesDone += batch.reduce(0) { $0 + $1.file.size }
            progress?(IndexProgress(filesDone: done, files: work.count, bytesDone: bytesDone, bytes: totalBytes, seconds: clock.seconds))
        }
        // After a large update the write-ahead log is folded into the index and emptied, so
        // that it does not stay as large as everything written (another reader may hold it
        // back; the log is then emptied by a later update).
        if totalBytes >= Self.batchBytes {
            let start = LibraryClock.now()
            let cpuStart = LibraryClock.threadCPU()
            _ = try? db.rows("PRAGMA wal_checkpoint(TRUNCATE)")
            writeSeconds += LibraryClock.now() - start
            writeCPUSeconds += LibraryClock.threadCPU() - cpuStart
        }
    }

    /// The parse of one batch, run on other threads while the writer works.
    private final class ParseJob: @unchecked Sendable {
        private let finished = DispatchSemaphore(value: 0)
        private var results: [Result] = []
        private(set) var seconds = 0.0

        init(paths: [String], known: [String?]) {
            DispatchQueue.global().async {
                let start = LibraryClock.now()
                self.results = LibraryIndexer.parse(paths, known: known)
                self.seconds = LibraryClock.now() - start
                self.finished.signal()
            }
        }

        /// The results, once the parse is over (only the first call waits).
        func wait() -> [Result] {
            if !waited {
                finished.wait()
                waited = true
            }
            return results
        }

        private var waited = false
    }

    /// One file read: its hash, and what it is unless the hash shows it unchanged.
    fileprivate struct Result {
        var hash: String
        var parsed: ParsedFile?
        /// CPU seconds the reading and parsing took.
        var cpuSeconds = 0.0
    }

    /// Reads and parses `paths` on every core; a file whose hash equals `known` is not parsed.
    fileprivate static func parse(_ paths: [String], known: [String?]) -> [Result] {
        var results = [Result?](repeating: nil, count: paths.count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = Slots(base: slots.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: paths.count) { k in
                let base = slots.base
                let cpuStart = LibraryClock.threadCPU()
                guard let bytes = FileBytes.read(paths[k]) else {
                    base[k] = Result(hash: "", parsed: .failed("cannot be read"), cpuSeconds: LibraryClock.threadCPU() - cpuStart)
                    return
                }
                let hash = ContentHash.hex(ContentHash.of(bytes))
                if known[k] == hash {
                    base[k] = Result(hash: hash, parsed: nil)
                } else {
                    base[k] = Result(hash: hash, parsed: ParsedFile.read(path: paths[k], bytes: bytes))
                }
                base[k]?.cpuSeconds = LibraryClock.threadCPU() - cpuStart
            }
        }
        return results.map { $0! }
    }

    /// The result slots of a batch; each worker writes only its own slot.
    private struct Slots: @unchecked Sendable {
        let base: UnsafeMutablePointer<Result?>
    }

    private func transaction(_ body: () throws -> Void) throws(SQLiteError) {
        try db.execute("BEGIN IMMEDIATE")
        do {
            try body()
            try fullText.flush(into: db)
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            speakers.forget()
            fullText.forget()
            throw (error as? SQLiteError) ?? SQLiteError(code: 1, message: "\(error)")
        }
    }

    /// Drops everything read from file `id` but its row in `files`. Its paragraphs are the run
    /// of ids kept in its row, taken out of the full-text index first.
    private func deleteRows(of id: Int64) throws(SQLiteError) {
        let value: [SQLiteValue] = [.integer(id)]
        if let run = try db.rows("SELECT first_paragraph, end_paragraph FROM files WHERE id = ?1", value).first,
            let first = run[0].int, let end = run[1].int {
            let range: [SQLiteValue] = [.integer(Int64(first)), .integer(Int64(end))]
            try db.run("""
                INSERT INTO paragraph_text(paragraph_text, rowid, text)
                SELECT 'delete', id, text FROM paragraphs WHERE id >= ?1 AND id < ?2
                """, range)
            try db.run("DELETE FROM paragraphs WHERE id >= ?1 AND id < ?2", range)
        }
        try db.run("DELETE FROM statements WHERE file = ?1", value)
        try db.run("DELETE FROM refs WHERE file = ?1", value)
        try db.run("DELETE FROM mentions WHERE file = ?1", value)
        try db.run("DELETE FROM votes WHERE file = ?1", value)
        try db.run("DELETE FROM documents WHERE file = ?1", value)
    }

    /// Writes one file's row and what was read from it; returns its meeting key, and whether
    /// anything was written (not when its content is as indexed: unchanged since the last
    /// update, or written by another process updating the same index meanwhile).
    private func write(_ item: Work, _ result: Result) throws(SQLiteError) -> (meeting: String?, written: Bool) {
        let file = item.file
        // The row as it is now: another process may have written this file since the scan.
        let currentRow = try db.rows("SELECT id, hash, meeting FROM files WHERE path = ?1", [.text(file.path)]).first
        if result.parsed == nil || currentRow?[1].string == result.hash {
            try db.run("UPDATE files SET size = ?1, mtime = ?2 WHERE path = ?3", [.of(file.size), .integer(file.mtime), .text(file.path)])
            return (currentRow?[2].string ?? item.known?.meeting, false)
        }
        guard let parsed = result.parsed else { return (item.known?.meeting, false) }
        let current = currentRow?[0].int.map(Int64.init)
        var id: Int64
        if let current {
            try deleteRows(of: current)
            try db.run("DELETE FROM files WHERE id = ?1", [.integer(current)])
        }
        var kind = "other"
        var error: String?
        var meeting: String?
        var symbol: String?
        var part: Int?
        var language: String?
        var status: String?
        var isoDate: String?
        var body: String?
        var title: String?
        var statements = 0
        switch parsed {
        case .record(let record):
            kind = "record"
            let m = record.meeting
            let name = String(file.path.split(separator: "/").last ?? "")
            symbol = m.symbol ?? FileNameSymbol.symbol(fromFileName: name)
            meeting = symbol ?? file.path
            part = m.part
            // The language the parser read from the text; the file name's only when that is
            // not one of the six.
            language = FileLanguage.isKnown(m.language) ? m.language : FileLanguage.code(fromFileName: name) ?? m.language
            status = m.status.rawValue
            isoDate = m.isoDate
            body = m.body
            title = record.agenda.first?.title
            statements = record.statements.count
        case .resolution(let resolution):
            kind = "resolution"
            symbol = resolution.symbol
            language = "en"
            isoDate = resolution.isoDate
            title = resolution.title
        case .other:
            kind = "other"
        case .failed(let message):
            kind = "failed"
            error = message
        }
        try db.run("""
            INSERT INTO files(id, path, size, mtime, hash, kind, error, meeting, symbol, part, language, status,
                              iso_date, body, title, statements)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
            """, [current.map { .integer($0) } ?? .null, .text(file.path), .of(file.size), .integer(file.mtime),
                  .text(result.hash), .text(kind), .of(error), .of(meeting), .of(symbol), .of(part), .of(language),
                  .of(status), .of(isoDate), .of(body), .of(title), .of(statements)])
        id = db.lastInsertRowID
        switch parsed {
        case .record(let record): try writeRecord(record, file: id, symbol: symbol)
        case .resolution(let resolution): try writeResolution(resolution, file: id)
        default: break
        }
        return (meeting, true)
    }

    /// Writes a file's paragraphs with ids in its day's range: after the day's last id, or in
    /// the first gap large enough when the range is used up. The file's paragraphs are one run
    /// of ids, kept in its row; they are added to the full-text index with the batch's, reading their text back from the
    /// table (`FullTextQueue`), so that the text is bound and copied once.
    private final class ParagraphWriter {
        let db: SQLiteConnection
        let file: Int64
        let first: Int64
        var next: Int64
        let end: Int64
        let insert: SQLiteStatement

        init(db: SQLiteConnection, file: Int64, isoDate: String?, count: Int) throws(SQLiteError) {
            self.db = db
            self.file = file
            let day = LibrarySchema.day(isoDate)
            let start = day << LibrarySchema.dayShift
            let rangeEnd = day == LibrarySchema.undated ? Int64.max : start + (1 << LibrarySchema.dayShift)
            let last = try db.rows("SELECT max(id) FROM paragraphs WHERE id >= ?1 AND id < ?2",
                                   [.integer(start), .integer(rangeEnd)]).first?[0].int.map(Int64.init)
            var first = last.map { $0 + 1 } ?? start
            if first + Int64(count) > rangeEnd {
                first = try Self.gap(of: Int64(count), from: start, to: rangeEnd, db: db) ?? rangeEnd
            }
            self.first = first
            next = first
            end = rangeEnd
            insert = try db.prepare("INSERT INTO paragraphs(id, file, statement, paragraph, page, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        }

        /// The first run of `count` free ids in `start..<end`.
        private static func gap(of count: Int64, from start: Int64, to end: Int64, db: SQLiteConnection) throws(SQLiteError) -> Int64? {
            var free = start
            for row in try db.rows("SELECT id FROM paragraphs WHERE id >= ?1 AND id < ?2 ORDER BY id", [.integer(start), .integer(end)]) {
                let id = Int64(row[0].int ?? 0)
                if id - free >= count { return free }
                free = id + 1
            }
            return end - free >= count ? free : nil
        }

        func add(statement: Int?, paragraph: Int, page: Int, text: String) throws(SQLiteError) {
            guard next < end, !text.isEmpty else { return }
            insert.bind(.integer(next), at: 1)
            insert.bind(.integer(file), at: 2)
            insert.bind(.of(statement), at: 3)
            insert.bind(.of(paragraph), at: 4)
            insert.bind(.of(page), at: 5)
            insert.bind(.text(text), at: 6)
            try insert.run()
            next += 1
        }

        /// Keeps the run of ids written in the file's row and queues it for the full-text index.
        func finish(queue: FullTextQueue) throws(SQLiteError) {
            guard next > first else { return }
            try db.run("UPDATE files SET first_paragraph = ?1, end_paragraph = ?2 WHERE id = ?3",
                       [.integer(first), .integer(next), .integer(file)])
            queue.add(first: first, end: next)
        }
    }

    private func writeRecord(_ record: Record, file: Int64, symbol: String?) throws(SQLiteError) {
        let count = record.statements.reduce(record.procedural.count + record.unattributed.count) { $0 + $1.paragraphs.count }
        let paragraphs = try ParagraphWriter(db: db, file: file, isoDate: record.meeting.isoDate, count: count)
        let fileValue = SQLiteValue.integer(file)
        let insertMention = try db.prepare("INSERT INTO mentions(file, ref_key, statement, paragraph, offset) VALUES (?1, ?2, ?3, ?4, ?5)")
        var firstMentions: [String: (statement: Int?, paragraph: Int, offset: Int)] = [:]
        func mention(_ citation: Citation, statement: Int?, paragraph: Int) throws(SQLiteError) {
            guard let id = citation.id else { return }
            let key = LibrarySchema.key(id)
            if firstMentions[key] == nil { firstMentions[key] = (statement, paragraph, citation.start) }
            insertMention.bind([fileValue, .text(key), .of(statement), .of(paragraph), .of(citation.start)])
            try insertMention.run()
        }
        let insertStatement = try db.prepare("""
            INSERT OR REPLACE INTO statements(file, idx, speaker, label, name, role, country, country_code, page)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        for (blockIndex, block) in record.blocks.enumerated() {
            switch block {
            case .procedural(let k):
                let line = record.procedural[k]
                try paragraphs.add(statement: nil, paragraph: blockIndex, page: line.page, text: line.text)
                for citation in line.references { try mention(citation, statement: nil, paragraph: blockIndex) }
            case .unattributed(let k):
                let text = record.unattributed[k]
                try paragraphs.add(statement: nil, paragraph: blockIndex, page: text.page, text: text.text)
            case .statement(let k):
                let statement = record.statements[k]
                let speaker = statement.speaker
                let speakerID = try speakers.id(name: speaker.name ?? speaker.label, countryCode: speaker.countryCode ?? "", in: db)
                insertStatement.bind([fileValue, .of(statement.index), .integer(speakerID), .text(speaker.label), .of(speaker.name),
                                      .text(speaker.role.rawValue), .of(speaker.country), .of(speaker.countryCode), .of(statement.pages.first)])
                try insertStatement.run()
                for (p, paragraph) in statement.paragraphs.enumerated() {
                    try paragraphs.add(statement: statement.index, paragraph: p, page: paragraph.page, text: paragraph.text)
                    for citation in paragraph.references { try mention(citation, statement: statement.index, paragraph: p) }
                }
            }
        }
        try paragraphs.finish(queue: fullText)
        for reference in record.references {
            let key = LibrarySchema.key(reference.id)
            let first = firstMentions[key]
            try db.run("""
                INSERT OR REPLACE INTO refs(file, ref, ref_key, kind, mentions, statements, first_statement, first_paragraph, first_offset)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                """, [fileValue, .text(reference.id), .text(key), .text(reference.kind.rawValue),
                      .of(reference.mentions), .text(reference.statements.map(String.init).joined(separator: ",")),
                      .of(first?.statement), .of(first?.paragraph ?? 0), .of(first?.offset ?? 0)])
        }
        for (k, vote) in record.votes.enumerated() {
            for (side, codes) in [("in favour", vote.inFavour), ("against", vote.against), ("abstaining", vote.abstaining)] {
                for code in codes {
                    try db.run("INSERT INTO votes(file, vote, draft, resolution, country_code, side) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               [fileValue, .of(k), .of(vote.draft), .of(vote.resolution), .text(code), .text(side)])
                }
            }
        }
        if let symbol {
            try db.run("INSERT OR REPLACE INTO documents(symbol_key, symbol, file, kind) VALUES (?1, ?2, ?3, 'record')",
                       [.text(LibrarySchema.key(symbol)), .text(symbol), fileValue])
        }
    }

    private func writeResolution(_ resolution: ResolutionText, file: Int64) throws(SQLiteError) {
        let paragraphs = try ParagraphWriter(db: db, file: file, isoDate: resolution.isoDate, count: resolution.paragraphs.count)
        for (k, text) in resolution.paragraphs.enumerated() {
            try paragraphs.add(statement: nil, paragraph: k, page: 1, text: text)
        }
        try paragraphs.finish(queue: fullText)
        try db.run("INSERT OR REPLACE INTO documents(symbol_key, symbol, file, kind) VALUES (?1, ?2, ?3, 'resolution')",
                   [.text(LibrarySchema.key(resolution.symbol)), .text(resolution.symbol), .integer(file)])
    }

    /// Brings the meetings of `keys` up to date with their files: duplicates marked, the
    /// meeting's row rebuilt, speakers linked across language versions.
    private func refresh(_ keys: Set<String>) throws(SQLiteError) {
        for key in keys.sorted() {
            try MeetingSummary.refresh(key, in: db)
        }
    }
}
