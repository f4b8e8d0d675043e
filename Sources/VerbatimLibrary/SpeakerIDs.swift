/// The ids of the `speakers` rows an update has written or looked up, by name and country code,
/// so that each speaker costs one lookup per update rather than two statements per statement.
/// Forgotten when a transaction is rolled back, since ids it gave may then be gone.
final class SpeakerIDs {
    private var known: [String: Int64] = [:]

    /// The id of the speaker `name` of `countryCode` (empty when none), the row added when new.
    func id(name: String, countryCode: String, in db: SQLiteConnection) throws(SQLiteError) -> Int64 {
        let key = countryCode + "\u{1F}" + name
        if let id = known[key] { return id }
        let values: [SQLiteValue] = [.text(name), .text(countryCode)]
        try db.run("INSERT OR IGNORE INTO speakers(name, country_code) VALUES (?1, ?2)", values)
        let id = Int64(try db.rows("SELECT id FROM speakers WHERE name = ?1 AND country_code = ?2", values).first?[0].int ?? 0)
        known[key] = id
        return id
    }

    func forget() { known.removeAll() }
}
