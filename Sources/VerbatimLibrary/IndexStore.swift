import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens an index file for a library: creates it, rebuilds it when corrupt or of another
/// version, and falls back to an index in memory when it cannot be written.
enum IndexStore {
    static func open(folder: String, indexPath: String?) throws(LibraryError) -> (SQLiteConnection, String, [String]) {
        let path = indexPath ?? LibraryLocations.defaultIndexPath(for: folder)
        var warnings: [String] = []
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !parent.isEmpty && !LibraryLocations.makeFolder(parent) || !writable(path, folder: parent) {
            warnings.append("\(path): the index cannot be written there; it is kept in memory for this run")
            return (try memory(), ":memory:", warnings)
        }
        do {
            return (try connectWaiting(path), path, warnings)
        } catch {
            if error.code & 0xFF == SQLITE_CORRUPT || error.code & 0xFF == SQLITE_NOTADB || error.code == -1 {
                warnings.append("\(path): the index was unreadable (\(error.message)); it is rebuilt")
            } else if error.code & 0xFF == SQLITE_READONLY || error.code & 0xFF == SQLITE_CANTOPEN || error.code & 0xFF == SQLITE_PERM {
                warnings.append("\(path): the index cannot be written (\(error.message)); it is kept in memory for this run")
                return (try memory(), ":memory:", warnings)
            } else {
                throw LibraryError("\(path): the index cannot be opened: \(error.message)")
            }
        }
        remove(path)
        do {
            return (try connect(path), path, warnings)
        } catch {
            warnings.append("\(path): the index cannot be rebuilt there (\(error.message)); it is kept in memory for this run")
            return (try memory(), ":memory:", warnings)
        }
    }

    /// True when `path` can be written (or created in `folder`).
    private static func writable(_ path: String, folder: String) -> Bool {
        if access(path, F_OK) == 0 { return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0 }
        return access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// True for errors that mean the file is damaged or not an index.
    static func isCorruption(_ error: SQLiteError) -> Bool {
        error.code & 0xFF == SQLITE_CORRUPT || error.code & 0xFF == SQLITE_NOTADB
    }

    static func remove(_ path: String) {
        unlink(path)
        unlink(path + "-wal")
        unlink(path + "-shm")
    }

    private static func memory() throws(LibraryError) -> SQLiteConnection {
        do {
            let db = try SQLiteConnection(path: ":memory:")
            try prepare(db)
            return db
        } catch {
            throw LibraryError("cannot make an index in memory: \(error.message)")
        }
    }

    /// `connect(path)`, tried again while another process holds the index (for up to the busy
    /// timeout): SQLite answers "database is locked" at once, without waiting, where waiting
    /// could deadlock (two connections that both read, then both want to write, as two first
    /// builds of one library do), and the whole step must then be tried again.
    private static func connectWaiting(_ path: String) throws(SQLiteError) -> SQLiteConnection {
        var waited = 0
        while true {
            do {
                return try connect(path)
            } catch {
                let busy = error.code & 0xFF == SQLITE_BUSY || error.code & 0xFF == SQLITE_LOCKED
                guard busy, waited < busyTimeoutMilliseconds else { throw error }
                usleep(20_000)
                waited += 20
            }
        }
    }

    /// How long a step waits for another process's lock on the index.
    static let busyTimeoutMilliseconds = 10_000

    /// Opens `path`, checks it is an index of this version (code -1 when it is not), creates the tables.
    private static func connect(_ path: String) throws(SQLiteError) -> SQLiteConnection {
        let db = try SQLiteConnection(path: path)
        try db.execute("PRAGMA busy_timeout = 10000")
        let existing = try db.rows("SELECT count(*) FROM sqlite_master").first?[0].int ?? 0
        if existing > 0 {
            let version = try? db.rows("SELECT value FROM meta WHERE key = 'version'").first?[0].string
            guard version == String(LibrarySchema.version) else {
                db.close()
                throw SQLiteError(code: -1, message: "an index of another version")
            }
        }
        let mode = try db.rows("PRAGMA journal_mode = WAL").first?[0].string
        if mode != "wal" { throw SQLiteError(code: SQLITE_READONLY, message: "cannot use a write-ahead log") }
        try prepare(db)
        return db
    }

    private static func prepare(_ db: SQLiteConnection) throws(SQLiteError) {
        try db.execute("""
            PRAGMA busy_timeout = 10000;
            PRAGMA synchronous = NORMAL;
            PRAGMA temp_store = MEMORY;
            PRAGMA cache_size = -32768;
            PRAGMA journal_size_limit = 67108864;
            PRAGMA foreign_keys = OFF;
            """)
        let existing = try db.rows("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").first?[0].int ?? 0
        if existing == 0 {
            // Another process may be creating the tables at the same moment: the check is made
            // again once this one holds the write lock, and only one of them creates them.
            try db.execute("BEGIN IMMEDIATE")
            do {
                let created = try db.rows("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").first?[0].int ?? 0
                if created > 0 {
                    try db.execute("COMMIT")
                    return
                }
                try db.execute(LibrarySchema.create)
                try db.run("INSERT INTO paragraph_text(paragraph_text, rank) VALUES ('hashsize', ?1)",
                           [.integer(Int64(LibrarySchema.fullTextPendingBytes))])
                try db.run("INSERT INTO paragraph_text(paragraph_text, rank) VALUES ('automerge', ?1)",
                           [.integer(Int64(LibrarySchema.fullTextMergeWidth))])
                try db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('version', ?1)", [.text(String(LibrarySchema.version))])
                try db.execute("COMMIT")
            } catch {
                try? db.execute("ROLLBACK")
                throw error
            }
        }
    }
}
