/// The paragraphs a transaction has written and not yet added to the full-text index, as runs
/// of ids; `flush` adds them all in one statement, in id order, just before the commit.
///
/// FTS5 writes its pending entries out as a new segment at every statement savepoint, and
/// SQLite opens one for each statement that may write several rows, on every full-text table
/// written in the transaction. Indexing file by file between the other writes of a batch made
/// a small segment for each statement, which FTS5 then merged again and again; indexing the
/// whole batch last, in one statement and with rowids rising (a lower rowid also makes FTS5
/// write out what it holds), makes one segment per batch (`LibrarySchema.fullTextPendingBytes`).
final class FullTextQueue {
    private var runs: [(first: Int64, end: Int64)] = []

    /// Queues the paragraphs with ids `first..<end`.
    func add(first: Int64, end: Int64) {
        if end > first { runs.append((first, end)) }
    }

    /// Adds every queued paragraph to the full-text index.
    func flush(into db: SQLiteConnection) throws(SQLiteError) {
        guard !runs.isEmpty else { return }
        let sorted = runs.sorted { $0.first < $1.first }
        runs.removeAll()
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS fulltext_queue(first INTEGER NOT NULL, end INTEGER NOT NULL)")
        try db.execute("DELETE FROM temp.fulltext_queue")
        let insert = try db.prepare("INSERT INTO temp.fulltext_queue(first, end) VALUES (?1, ?2)")
        for run in sorted {
            insert.bind([.integer(run.first), .integer(run.end)])
            try insert.run()
        }
        // The runs in the order inserted (rowid order), each a rowid range of paragraphs.
        try db.run("""
            INSERT INTO paragraph_text(rowid, text)
            SELECT p.id, p.text FROM temp.fulltext_queue q CROSS JOIN paragraphs p ON p.id >= q.first AND p.id < q.end
            """)
        try db.execute("DELETE FROM temp.fulltext_queue")
    }

    /// Drops what is queued (the transaction was rolled back).
    func forget() { runs.removeAll() }
}
