/// The statements as CSV (RFC 4180): a header row, then one row per statement, fields quoted
/// when they hold a comma, a quote or a line break, rows ended by CRLF. UTF-8; a byte order mark
/// first only when asked (`bom`), for spreadsheet programs that need it to read UTF-8.
public enum CSVExport {
    /// The column names, in order.
    public static let columns = [
        "index", "speaker", "title", "country", "language", "pages", "paragraphs", "characters", "references",
    ]

    /// The header row and a row for each of `statements` (all of the record's when `nil`).
    public static func table(_ record: Record, statements: [Statement]? = nil, bom: Bool = false) -> String {
        let roles = RoleNames(language: record.meeting.language)
        var out = bom ? "\u{FEFF}" : ""
        out += row(columns)
        for statement in statements ?? record.statements {
            let speaker = statement.speaker
            let pages = statement.pages.first == statement.pages.last
                ? "\(statement.pages.first)" : "\(statement.pages.first)-\(statement.pages.last)"
            out += row([
                String(statement.index),
                ExportText.bareName(speaker, roles: roles),
                speaker.title ?? "",
                speaker.country ?? "",
                speaker.language,
                pages,
                String(statement.paragraphs.count),
                String(statement.characterCount),
                ExportText.citedIDs(statement).joined(separator: ";"),
            ])
        }
        return out
    }

    /// One row: the fields, each made visible and quoted as needed, joined by commas, CRLF.
    static func row(_ fields: [String]) -> String {
        fields.map { field(ExportText.visible($0)) }.joined(separator: ",") + "\r\n"
    }

    /// A field as RFC 4180 writes it: in double quotes, inner quotes doubled, when it holds a
    /// comma, a double quote, CR or LF (or begins or ends with a space); as it is otherwise.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
