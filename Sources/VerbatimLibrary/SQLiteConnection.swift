import CSQLite

/// An error from SQLite: its result code and message.
struct SQLiteError: Error {
    var code: Int32
    var message: String
}

/// One SQLite connection with a cache of prepared statements. Not shared across threads.
final class SQLiteConnection {
    private(set) var handle: OpaquePointer?
    private var cache: [String: OpaquePointer] = [:]

    /// Opens (creating when `create`) the database at `path` (`:memory:` for one in memory).
    init(path: String, create: Bool = true, readOnly: Bool = false) throws(SQLiteError) {
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        flags |= SQLITE_OPEN_NOMUTEX
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(db)
            throw SQLiteError(code: rc, message: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { close() }

    func close() {
        for statement in cache.values { sqlite3_finalize(statement) }
        cache.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    var lastError: SQLiteError {
        SQLiteError(code: sqlite3_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Runs one or more statements without results.
    func execute(_ sql: String) throws(SQLiteError) {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error \(rc)"
            sqlite3_free(error)
            throw SQLiteError(code: rc, message: message)
        }
    }

    /// A prepared statement for `sql`, reset and with its bindings cleared.
    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        if let cached = cache[sql] {
            sqlite3_reset(cached)
            sqlite3_clear_bindings(cached)
            return SQLiteStatement(handle: cached, connection: self)
        }
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw lastError }
        cache[sql] = statement
        return SQLiteStatement(handle: statement, connection: self)
    }

    /// Runs `sql` with `values` bound and returns every row.
    func rows(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) -> [SQLiteRow] {
        let statement = try prepare(sql)
        statement.bind(values)
        var out: [SQLiteRow] = []
        while try statement.step() { out.append(statement.row) }
        return out
    }

    /// Runs `sql` with `values` bound, for its effect.
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) {
        let statement = try prepare(sql)
        statement.bind(values)
        while try statement.step() {}
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
}

/// A value bound to or read from SQLite.
enum SQLiteValue: Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    var int: Int? { if case .integer(let v) = self { return Int(v) } else { return nil } }
    var string: String? {
        switch self {
        case .text(let s): return s
        case .integer(let v): return String(v)
        default: return nil
        }
    }
    var double: Double? {
        switch self {
        case .real(let v): return v
        case .integer(let v): return Double(v)
        default: return nil
        }
    }

    static func of(_ s: String?) -> SQLiteValue { s.map { .text($0) } ?? .null }
    static func of(_ i: Int?) -> SQLiteValue { i.map { .integer(Int64($0)) } ?? .null }
}

/// One row read: its values by column.
struct SQLiteRow {
    var values: [SQLiteValue]
    subscript(_ i: Int) -> SQLiteValue { values[i] }
}

/// A prepared statement of a connection.
struct SQLiteStatement {
    let handle: OpaquePointer
    unowned let connection: SQLiteConnection

    func bind(_ values: [SQLiteValue]) {
        for (k, value) in values.enumerated() { bind(value, at: Int32(k + 1)) }
    }

    func bind(_ value: SQLiteValue, at index: Int32) {
        switch value {
        case .null: sqlite3_bind_null(handle, index)
        case .integer(let v): sqlite3_bind_int64(handle, index, v)
        case .real(let v): sqlite3_bind_double(handle, index, v)
        case .text(let s): sqlite3_bind_text(handle, index, s, Int32(s.utf8.count), vb_sqlite_transient())
        }
    }

    /// Steps through the statement, with the values bound, for its effect, and resets it so
    /// that it can be bound again (SQLite refuses bindings to a statement stepped and not reset).
    func run() throws(SQLiteError) {
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Advances; true when a row is ready.
    func step() throws(SQLiteError) -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let error = connection.lastError
        sqlite3_reset(handle)
        throw error
    }

    var row: SQLiteRow {
        let count = sqlite3_column_count(handle)
        var values: [SQLiteValue] = []
        values.reserveCapacity(Int(count))
        for k in 0..<count { values.append(column(k)) }
        return SQLiteRow(values: values)
    }

    func column(_ k: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, k) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, k))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, k))
        case SQLITE_NULL: return .null
        default:
            guard let text = sqlite3_column_text(handle, k) else { return .null }
            return .text(String(cString: text))
        }
    }
}
