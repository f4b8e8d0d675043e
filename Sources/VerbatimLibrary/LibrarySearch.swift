import VerbatimKit

/// A full-text search over every paragraph of a library, with its filters, in date order.
///
/// Paragraph ids sort by meeting date (`LibrarySchema`), so both ways of searching walk the
/// paragraphs in id order and stop at `limit`: a query of three characters or more goes
/// through the trigram index (`LIKE`, which the index narrows to the paragraphs holding every
/// trigram of the query and SQLite then checks against the text), a shorter one scans the
/// paragraphs' text (`instr`, or `LIKE` when it holds Latin letters, for case), which is quick
/// for a frequent character and bounded by one pass over the text for a rare one.
struct LibrarySearch {
    let db: SQLiteConnection

    func run(_ query: String, filter: SearchFilter, limit: Int) -> [StatementHit] {
        let trimmed = query.trimmingBlanks()
        guard !trimmed.isEmpty, limit > 0 else { return [] }
        var conditions: [String] = ["f.duplicate = 0"]
        var values: [SQLiteValue] = []
        func bind(_ value: SQLiteValue) -> String {
            values.append(value)
            return "?\(values.count)"
        }
        // The trigram index answers LIKE for three characters or more; `%` and `_` would be
        // wildcards there, so a query holding them is scanned for as well.
        let scan = trimmed.unicodeScalars.count < 3 || trimmed.contains("%") || trimmed.contains("_")
        let idColumn = scan ? "p.id" : "paragraph_text.rowid"
        var from = ""
        if scan {
            from = "paragraphs p JOIN files f ON f.id = p.file"
            if trimmed.unicodeScalars.allSatisfy({ $0.value >= 0x80 }) || trimmed.contains("%") || trimmed.contains("_") {
                conditions.append("instr(p.text, \(bind(.text(trimmed)))) > 0")
            } else {
                conditions.append("p.text LIKE \(bind(.text("%" + trimmed + "%")))")
            }
        } else {
            from = "paragraph_text JOIN paragraphs p ON p.id = paragraph_text.rowid JOIN files f ON f.id = p.file"
            conditions.insert("paragraph_text.text LIKE \(bind(.text("%" + trimmed + "%")))", at: 0)
        }
        if let low = filter.from.map({ LibrarySchema.day($0) }), low != LibrarySchema.undated {
            conditions.append("\(idColumn) >= \(bind(.integer(low << LibrarySchema.dayShift)))")
        }
        if let high = filter.to.map({ LibrarySchema.day($0) }), high != LibrarySchema.undated {
            conditions.append("\(idColumn) < \(bind(.integer((high + 1) << LibrarySchema.dayShift)))")
        } else if filter.from != nil {
            // A date range leaves out meetings of no known date.
            conditions.append("\(idColumn) < \(bind(.integer(LibrarySchema.undated << LibrarySchema.dayShift)))")
        }
        if let speaker = filter.speaker, !speaker.isEmpty {
            let pattern = bind(.text("%" + speaker + "%"))
            conditions.append("(s.name LIKE \(pattern) OR s.label LIKE \(pattern))")
        }
        if let country = filter.country, !country.isEmpty {
            conditions.append("(s.country_code = \(bind(.text(country.uppercased()))) OR s.country LIKE \(bind(.text("%" + country + "%"))))")
        }
        if let cites = filter.cites, !cites.isEmpty {
            conditions.append("""
                EXISTS (SELECT 1 FROM mentions m WHERE m.ref_key = \(bind(.text(LibrarySchema.key(cites))))
                  AND m.file = p.file AND m.statement = p.statement)
                """)
        }
        let sql = """
            SELECT f.symbol, f.iso_date, f.language, f.path, p.statement, coalesce(s.name, s.label), s.country,
                   s.country_code, p.page, p.text, p.paragraph
            FROM \(from) LEFT JOIN statements s ON s.file = p.file AND s.idx = p.statement
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(idColumn) LIMIT \(bind(.integer(Int64(limit))))
            """
        let rows = (try? db.rows(sql, values)) ?? []
        return rows.map { row in
            let text = row[9].string ?? ""
            let path = row[3].string ?? ""
            let found = Snippet.find(trimmed, in: text)
            let (snippet, match) = found.map { Snippet.around($0, in: text) } ?? (Snippet.opening(text), nil)
            return StatementHit(
                symbol: row[0].string, isoDate: row[1].string, language: row[2].string ?? "", path: path,
                statement: row[4].int, speaker: row[5].string, country: row[6].string, countryCode: row[7].string,
                page: row[8].int ?? 0, snippet: snippet, match: match,
                position: LibraryPosition(path: path, statement: row[4].int, paragraph: row[10].int ?? 0, offset: found?.lowerBound ?? 0))
        }
    }
}
