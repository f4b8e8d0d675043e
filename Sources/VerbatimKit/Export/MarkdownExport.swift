/// A record, or one statement, as Markdown (CommonMark): the meeting's facts, then everything
/// in reading order, a heading per statement with its page, citations linked to their public
/// pages. Every character of the record that Markdown would read as markup is escaped.
public enum MarkdownExport {
    /// The whole record: the meeting's facts and agenda, then procedural lines, statements and
    /// unattributed text in reading order.
    public static func record(_ record: Record) -> String {
        let links = ExportText.links(record)
        let roles = RoleNames(language: record.meeting.language)
        var out = header(record, links: links)
        for block in record.blocks {
            switch block {
            case .procedural(let k) where record.procedural.indices.contains(k):
                let line = record.procedural[k]
                out += "\n" + emphasis(inline(line.text, citations: line.references, links: links)) + "\n"
            case .statement(let k) where record.statements.indices.contains(k):
                out += "\n" + statement(record.statements[k], meeting: record.meeting, links: links, roles: roles)
            case .unattributed(let k) where record.unattributed.indices.contains(k):
                let block = record.unattributed[k]
                out += "\n" + emphasis("Text not attributed to a speaker, p. \(block.page):") + "\n"
                for line in ExportText.lines(block.text) { out += "\n" + escape(line) + "\n" }
            default:
                continue
            }
        }
        return out
    }

    /// One statement on its own (what the browser's `e` copies): its heading, page and text.
    public static func statement(_ statement: Statement, in record: Record) -> String {
        self.statement(statement, meeting: record.meeting, links: ExportText.links(record),
                       roles: RoleNames(language: record.meeting.language))
    }

    static func statement(_ statement: Statement, meeting: Meeting, links: [String: String], roles: RoleNames) -> String {
        let speaker = statement.speaker
        var heading = "Statement \(statement.index): " + escape(ExportText.visible(ExportText.speakerName(speaker, roles: roles)))
        if let country = speaker.country, !country.isEmpty { heading += " (" + escape(ExportText.visible(country)) + ")" }
        heading += ", language " + escape(ExportText.visible(speaker.language))
        var out = "## " + heading + "\n\n"
        out += emphasis(escape(ExportText.visible(ExportText.source(meeting, pages: statement.pages)))) + "\n"
        var noteIndex = 0
        for (p, paragraph) in statement.paragraphs.enumerated() {
            while noteIndex < statement.notes.count, statement.notes[noteIndex].beforeParagraph <= p {
                out += "\n" + emphasis(escape(ExportText.visible(statement.notes[noteIndex].text))) + "\n"
                noteIndex += 1
            }
            out += "\n" + inline(paragraph.text, citations: paragraph.references, links: links) + "\n"
        }
        while noteIndex < statement.notes.count {
            out += "\n" + emphasis(escape(ExportText.visible(statement.notes[noteIndex].text))) + "\n"
            noteIndex += 1
        }
        return out
    }

    /// The title and the meeting's facts as a list, then the agenda.
    static func header(_ record: Record, links: [String: String]) -> String {
        let m = record.meeting
        var title = m.symbol ?? "Verbatim record"
        if let part = m.part { title += " (Resumption \(part))" }
        var out = "# " + escape(ExportText.visible(title)) + "\n\n"
        var facts: [(String, String)] = []
        if let body = m.body { facts.append(("Body", body)) }
        if let number = m.meetingNumber { facts.append(("Meeting", String(number))) }
        if let date = m.date { facts.append(("Date", date + (m.isoDate.map { " (\($0))" } ?? ""))) }
        for officer in m.presidents {
            facts.append(("Presiding", officer.name + (officer.country.map { " (\($0))" } ?? "")))
        }
        if let opened = m.openedAt { facts.append(("Opened", opened)) }
        if let closed = m.closedAt { facts.append(("Closed", closed)) }
        facts.append(("Status", m.status.rawValue))
        facts.append(("Language", m.language))
        facts.append(("Statements", String(record.statements.count)))
        for (name, value) in facts { out += "- \(name): " + escape(ExportText.visible(value)) + "\n" }
        if !record.agenda.isEmpty {
            out += "\n### Agenda\n\n"
            for (k, item) in record.agenda.enumerated() {
                out += "\(k + 1). " + inline(item.title, citations: item.references, links: links) + "\n"
            }
        }
        return out
    }

    /// A paragraph's text, escaped, with its citations as links (instruments as plain text) and
    /// its line breaks, if any, as hard breaks.
    static func inline(_ text: String, citations: [Citation], links: [String: String]) -> String {
        var out = ""
        for segment in ExportText.segments(text, citations: citations, links: links) {
            switch segment {
            case .text(let plain):
                // A line break the text holds (a cover page, a block of front matter) is a hard
                // break, the next line escaped as a line of its own.
                for (k, line) in ExportText.splitLines(plain).enumerated() {
                    if k > 0 { out += "\\\n" }
                    out += escape(ExportText.visible(line), atLineStart: out.isEmpty || k > 0)
                }
            case .citation(let written, let url):
                let shown = escape(ExportText.visible(written), atLineStart: out.isEmpty)
                if let url { out += "[" + shown + "](<" + url + ">)" } else { out += shown }
            }
        }
        return out
    }

    /// `*text*` for a line that is already escaped; text with spaces at its ends is left plain,
    /// since emphasis cannot open or close next to a space.
    static func emphasis(_ escaped: String) -> String {
        guard let first = escaped.first, let last = escaped.last,
              !first.isWhitespace, !last.isWhitespace, last != "\\" else { return escaped }
        return "*" + escaped + "*"
    }

    /// The characters Markdown reads as markup anywhere in a line.
    private static let markup: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#", "!", "{", "}", "(", ")", "$",
    ]

    /// `text` (one line, controls already made visible) with everything Markdown would read as
    /// markup backslash-escaped: inline markup anywhere, and the list, heading, quote and rule
    /// markers a line may start with when `atLineStart`.
    public static func escape(_ text: String, atLineStart: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = atLineStart
        var digitsRun = atLineStart
        for character in text {
            if markup.contains(character) {
                out += "\\"
            } else if atStart, "+-=".contains(character) {
                out += "\\"
            } else if digitsRun, !atStart, ".)".contains(character) {
                // `1.` or `1)` at the start of a line would open an ordered list.
                out += "\\"
            }
            if atStart, character == " " || character == "\t" {
                // Leading spaces could make an indented code block: keep them as entities.
                out += "&#32;"
                continue
            }
            digitsRun = digitsRun && (character.isASCII && character.isNumber)
            atStart = false
            out.append(character)
        }
        return out
    }
}
