/// A record as one self-contained HTML page: no scripts, no outside styles or fonts. The
/// meeting's facts, a speaker index, then everything in reading order; each statement is a
/// section with the anchor `st-N`, citations link to their public pages. Everything taken from
/// the record is escaped; the page's `lang` and `dir` follow the record's language.
public enum HTMLExport {
    /// The page for the whole record, or for `only` (one statement) with the meeting's facts.
    public static func page(_ record: Record, only: Statement? = nil) -> String {
        let meeting = record.meeting
        let links = ExportText.links(record)
        let roles = RoleNames(language: meeting.language)
        let language = languageTag(meeting.language)
        var title = meeting.symbol ?? "Verbatim record"
        if let part = meeting.part { title += " (Resumption \(part))" }

        var out = "<!DOCTYPE html>\n"
        out += "<html lang=\"\(language)\" dir=\"\(direction(language))\">\n<head>\n"
        out += "<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>" + text(title) + "</title>\n"
        out += "<style>\n" + style + "</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>" + text(title) + "</h1>\n" + facts(record) + agenda(record, links: links) + "</header>\n"

        let shown = only.map { [$0] } ?? record.statements
        out += "<nav aria-labelledby=\"speakers\">\n<h2 id=\"speakers\" lang=\"en\">Speakers</h2>\n<ol>\n"
        for statement in shown {
            out += "<li value=\"\(statement.index)\"><a href=\"#st-\(statement.index)\">"
                + text(ExportText.speakerName(statement.speaker, roles: roles)) + "</a>"
            if let country = statement.speaker.country, !country.isEmpty { out += " (" + text(country) + ")" }
            out += "</li>\n"
        }
        out += "</ol>\n</nav>\n<main>\n"
        if let only {
            out += section(only, meeting: meeting, links: links, roles: roles)
        } else {
            for block in record.blocks {
                switch block {
                case .procedural(let k) where record.procedural.indices.contains(k):
                    let line = record.procedural[k]
                    out += "<p class=\"procedural\">" + inline(line.text, citations: line.references, links: links) + "</p>\n"
                case .statement(let k) where record.statements.indices.contains(k):
                    out += section(record.statements[k], meeting: meeting, links: links, roles: roles)
                case .unattributed(let k) where record.unattributed.indices.contains(k):
                    let block = record.unattributed[k]
                    out += "<div class=\"unattributed\">\n<p class=\"note\" lang=\"en\">Text not attributed to a speaker, p. \(block.page):</p>\n"
                    for line in ExportText.lines(block.text) { out += "<p>" + escape(line) + "</p>\n" }
                    out += "</div>\n"
                default:
                    continue
                }
            }
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// One statement: `<section id="st-N">`, heading, page, notes and paragraphs.
    static func section(_ statement: Statement, meeting: Meeting, links: [String: String], roles: RoleNames) -> String {
        let speaker = statement.speaker
        var out = "<section class=\"statement\" id=\"st-\(statement.index)\">\n<h2>"
        out += "<span class=\"number\">\(statement.index).</span> " + text(ExportText.speakerName(speaker, roles: roles))
        if let country = speaker.country, !country.isEmpty { out += " <span class=\"country\">(" + text(country) + ")</span>" }
        out += " <span class=\"language\">" + text(speaker.language) + "</span></h2>\n"
        out += "<p class=\"page\">" + text(ExportText.source(meeting, pages: statement.pages)) + "</p>\n"
        var noteIndex = 0
        for (p, paragraph) in statement.paragraphs.enumerated() {
            while noteIndex < statement.notes.count, statement.notes[noteIndex].beforeParagraph <= p {
                out += "<p class=\"note\">" + text(statement.notes[noteIndex].text) + "</p>\n"
                noteIndex += 1
            }
            out += "<p>" + inline(paragraph.text, citations: paragraph.references, links: links) + "</p>\n"
        }
        while noteIndex < statement.notes.count {
            out += "<p class=\"note\">" + text(statement.notes[noteIndex].text) + "</p>\n"
            noteIndex += 1
        }
        return out + "</section>\n"
    }

    /// The meeting's facts as a definition list (names in English, values as the record writes them).
    static func facts(_ record: Record) -> String {
        let m = record.meeting
        var rows: [(String, String)] = []
        if let body = m.body { rows.append(("Body", body)) }
        if let number = m.meetingNumber { rows.append(("Meeting", String(number))) }
        if let date = m.date { rows.append(("Date", date + (m.isoDate.map { " (\($0))" } ?? ""))) }
        for officer in m.presidents {
            rows.append(("Presiding", officer.name + (officer.country.map { " (\($0))" } ?? "")))
        }
        if let opened = m.openedAt { rows.append(("Opened", opened)) }
        if let closed = m.closedAt { rows.append(("Closed", closed)) }
        rows.append(("Status", m.status.rawValue))
        rows.append(("Statements", String(record.statements.count)))
        var out = "<dl>\n"
        for (name, value) in rows { out += "<dt lang=\"en\">\(name)</dt><dd>" + text(value) + "</dd>\n" }
        return out + "</dl>\n"
    }

    static func agenda(_ record: Record, links: [String: String]) -> String {
        guard !record.agenda.isEmpty else { return "" }
        var out = "<h2 lang=\"en\">Agenda</h2>\n<ol class=\"agenda\">\n"
        for item in record.agenda {
            out += "<li>" + inline(item.title, citations: item.references, links: links) + "</li>\n"
        }
        return out + "</ol>\n"
    }

    /// Text with its citations as links (instruments as plain text), line breaks as `<br>`,
    /// everything escaped.
    static func inline(_ value: String, citations: [Citation], links: [String: String]) -> String {
        var out = ""
        for segment in ExportText.segments(value, citations: citations, links: links) {
            switch segment {
            case .text(let plain):
                out += ExportText.splitLines(plain).map { text(String($0)) }.joined(separator: "<br>\n")
            case .citation(let written, let url):
                if let url {
                    out += "<a class=\"citation\" href=\"" + escape(url) + "\">" + text(written) + "</a>"
                } else {
                    out += "<span class=\"citation\">" + text(written) + "</span>"
                }
            }
        }
        return out
    }

    /// Text from the record: controls made visible, then escaped.
    static func text(_ value: String) -> String {
        escape(ExportText.visible(value))
    }

    /// `&`, `<`, `>`, `"` and `'` as character references: safe in text and in quoted attributes.
    public static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A BCP 47 tag made only of letters, digits and hyphens (`zh`, `ar`); `und` otherwise.
    static func languageTag(_ code: String) -> String {
        let clean = code.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" }
        return clean && !code.isEmpty ? code : "und"
    }

    /// `rtl` for the languages written right to left, `ltr` otherwise.
    static func direction(_ language: String) -> String {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        return ["ar", "he", "fa", "ur", "ps", "yi", "dv", "syr"].contains(primary) ? "rtl" : "ltr"
    }

    /// The page's only style: readable measure, quiet citations, notes set apart.
    static let style = """
    body { font-family: system-ui, sans-serif; line-height: 1.6; max-width: 46em; margin: 2em auto; padding: 0 1em; }
    header dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
    header dt { font-weight: bold; }
    header dd { margin: 0; }
    nav ol { columns: 2; }
    section.statement { border-top: 1px solid #ccc; margin-top: 1.5em; }
    .page, .note, .language { color: #555; font-size: 0.9em; }
    .procedural { font-style: italic; }
    .unattributed { border-inline-start: 3px solid #c60; padding-inline-start: 0.8em; }
    a.citation { text-decoration: underline dotted; }
    span.citation { font-style: italic; }

    """
}
