/// What every export format says the same way: the text of the record with its control
/// characters made visible, speakers' names, page labels, the references a statement cites,
/// and a paragraph cut into plain runs and citations.
public enum ExportText {
    /// `text` with every control character (and other character that must not be written raw)
    /// replaced by its stand-in (`^J`, `^[`, U+FFFD), as the screen shows it.
    public static func visible<S: StringProtocol>(_ text: S) -> String {
        DisplayWidth.standard.visible(text)
    }

    /// The speaker as a reader names them: `萨巴赫先生`, `Mr. Nebenzia`, or the role
    /// (`主席`) when the label names no person; the label as written otherwise.
    public static func speakerName(_ speaker: Speaker, roles: RoleNames) -> String {
        if let name = speaker.name, !name.isEmpty { return roles.person(name: name, title: speaker.title) }
        return roleName(speaker, roles: roles)
    }

    /// The speaker's name without the title (`萨巴赫`), or the role when there is no name.
    public static func bareName(_ speaker: Speaker, roles: RoleNames) -> String {
        if let name = speaker.name, !name.isEmpty { return name }
        return roleName(speaker, roles: roles)
    }

    private static func roleName(_ speaker: Speaker, roles: RoleNames) -> String {
        if let title = speaker.title, !title.isEmpty { return title }
        switch speaker.role {
        case .president: return roles.president
        case .secretaryGeneral: return roles.secretaryGeneral
        case .speaker: return speaker.label
        }
    }

    /// `p. 7` or `pp. 7–8`.
    public static func pages(_ span: LineSpan) -> String {
        span.first == span.last ? "p. \(span.first)" : "pp. \(span.first)–\(span.last)"
    }

    /// `S/PV.8160, p. 7`: where a statement is in the record (the page alone without a symbol).
    public static func source(_ meeting: Meeting, pages span: LineSpan) -> String {
        guard let symbol = meeting.symbol else { return pages(span) }
        return "\(symbol), \(pages(span))"
    }

    /// The ids of the references `statement` cites, each once, in order of first mention
    /// (unresolved back-references, which have no id, are left out).
    public static func citedIDs(_ statement: Statement) -> [String] {
        var seen = Set<String>()
        var ids: [String] = []
        for paragraph in statement.paragraphs {
            for citation in paragraph.references {
                guard let id = citation.id, seen.insert(id).inserted else { continue }
                ids.append(id)
            }
        }
        return ids
    }

    /// A piece of a paragraph: text as it is, or a citation with the link of what it cites
    /// (`nil` for instruments and anything without a public page).
    public enum Segment: Equatable, Sendable {
        case text(String)
        case citation(String, url: String?)
    }

    /// `text` cut at its citations (offsets in Unicode scalars). Citations whose offsets do not
    /// fit the text, or overlap an earlier one, stay plain text: nothing is lost either way.
    public static func segments(_ text: String, citations: [Citation], links: [String: String]) -> [Segment] {
        let scalars = Array(text.unicodeScalars)
        var result: [Segment] = []
        var position = 0
        func piece(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        for citation in citations.sorted(by: { $0.start < $1.start }) {
            guard citation.start >= position, citation.start < citation.end, citation.end <= scalars.count else { continue }
            if citation.start > position { result.append(.text(piece(position..<citation.start))) }
            let url = citation.kind == .instrument ? nil : citation.id.flatMap { links[$0] }
            result.append(.citation(piece(citation.start..<citation.end), url: url))
            position = citation.end
        }
        if position < scalars.count { result.append(.text(piece(position..<scalars.count))) }
        return result
    }

    /// Each reference's public link by id, for `segments`: only http(s) links, made safe to
    /// put in a Markdown destination or an HTML attribute (`ExportLink.safe`).
    public static func links(_ record: Record) -> [String: String] {
        var links: [String: String] = [:]
        for reference in record.references {
            if let url = reference.url.flatMap(ExportLink.safe) { links[reference.id] = url }
        }
        return links
    }

    /// `text` cut at its line breaks (LF, CR LF or CR), the breaks dropped; a text without one
    /// is a single line.
    static func splitLines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// The record's lines of unattributed text, each made visible (blank lines dropped).
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }.map { visible($0) }
    }
}
