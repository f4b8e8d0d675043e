/// Keeps one meeting's derived rows in step with its files: which files are duplicates, the
/// row in `meetings`, and the person each statement is by.
enum MeetingSummary {
    /// The order of a meeting's versions: the English one first (it names speakers in Latin
    /// letters), then by language code; final before provisional.
    static let primaryOrder = "language != 'en', language, status != 'final', path"

    static func refresh(_ key: String, in db: SQLiteConnection) throws(SQLiteError) {
        let keyValue = SQLiteValue.text(key)
        try db.run("""
            UPDATE files SET duplicate = EXISTS (SELECT 1 FROM files g WHERE g.meeting = files.meeting
                AND g.kind = 'record' AND g.part IS files.part AND g.language IS files.language
                AND g.status IS files.status AND g.path < files.path)
            WHERE meeting = ?1 AND kind = 'record'
            """, [keyValue])
        try db.run("DELETE FROM meetings WHERE key = ?1", [keyValue])
        let files = try db.rows("""
            SELECT id, symbol, iso_date, body, title, statements, language, part, status FROM files
            WHERE meeting = ?1 AND kind = 'record' AND duplicate = 0 ORDER BY part IS NOT NULL, part, \(primaryOrder)
            """, [keyValue])
        guard let primary = files.first else { return }
        let language = primary[6].string
        let status = primary[8].string
        let statements = files.filter { $0[6].string == language && $0[8].string == status }.reduce(0) { $0 + ($1[5].int ?? 0) }
        let languages = Set(files.compactMap { $0[6].string }).sorted()
        let isoDate = files.compactMap { $0[2].string }.min()
        let symbol = files.compactMap { $0[1].string }.first
        try db.run("""
            INSERT INTO meetings(key, symbol, iso_date, body, title, statements, languages) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """, [keyValue, .of(symbol), .of(isoDate), primary[3], primary[4], .of(statements), .text(languages.joined(separator: ","))])
        try linkPersons(files: files, meeting: key, db: db)
    }

    /// Gives each statement of the meeting its person: the country code and the name of the
    /// statement at the same place in the primary version of its part, when that statement is
    /// by the same country; otherwise the statement's own name. A label without a name (a role
    /// such as the President) is a person of this meeting only.
    private static func linkPersons(files: [SQLiteRow], meeting: String, db: SQLiteConnection) throws(SQLiteError) {
        var anchors: [String: [Int: (name: String?, code: String?)]] = [:]
        for file in files {
            let part = file[7].int.map(String.init) ?? ""
            guard let id = file[0].int else { continue }
            let rows = try db.rows("SELECT idx, name, country_code, label FROM statements WHERE file = ?1 ORDER BY idx", [.of(id)])
            var own: [Int: (name: String?, code: String?)] = [:]
            for row in rows { own[row[0].int ?? 0] = (row[1].string, row[2].string) }
            if anchors[part] == nil { anchors[part] = own }
            let anchor = anchors[part] ?? [:]
            for row in rows {
                let index = row[0].int ?? 0
                let code = row[2].string
                var person: String
                if let linked = anchor[index], linked.code == code, let name = linked.name {
                    person = (code ?? "") + "|" + name
                } else if let name = row[1].string {
                    person = (code ?? "") + "|" + name
                } else {
                    person = (code ?? "") + "|" + (row[3].string ?? "") + "@" + meeting
                }
                try db.run("UPDATE statements SET person = ?1 WHERE file = ?2 AND idx = ?3", [.text(person), .of(id), .of(index)])
            }
        }
    }
}
