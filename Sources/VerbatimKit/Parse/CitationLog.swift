/// The citations a pass found, in reading order, waiting to be resolved against the record-wide
/// index of cited things.
///
/// Scanning a paragraph for citations needs only the paragraph; resolving them (short forms,
/// back-references, the count of mentions) needs everything cited before. The pass scans and
/// logs; the resolution runs once over the whole log when the record is finished, so that the
/// parts of a large file parsed side by side (`PartedParse`) resolve exactly as one pass would.
struct CitationLog {
    /// Where a paragraph's resolved citations are stored.
    enum Target {
        /// Paragraph `paragraph` of `Record.statements[statement]` (0-based).
        case statementParagraph(statement: Int, paragraph: Int)
        /// `Record.agenda[agenda]` and the procedural line `Record.procedural[procedural]`.
        case agendaItem(agenda: Int, procedural: Int)
        /// Counted in the index, kept nowhere else (unattributed text).
        case none
    }

    /// One step of the resolution.
    enum Entry {
        /// Back-references look no further back than here.
        case scope
        /// A paragraph's citations; `statement` is the 1-based number mentions are counted for.
        case paragraph(raw: [RawCitation], statement: Int?, target: Target)
    }

    private(set) var entries: [Entry] = []

    /// A new statement (or agenda item) starts a scope for back-references.
    mutating func startScope() {
        if case .scope? = entries.last { return }
        entries.append(.scope)
    }

    /// Logs a paragraph's citations (nothing when it has none).
    mutating func add(_ raw: [RawCitation], statement: Int?, target: Target) {
        guard !raw.isEmpty else { return }
        entries.append(.paragraph(raw: raw, statement: statement, target: target))
    }

    /// Appends the log of the part that follows, whose statement numbers and indexes start
    /// after `statements` statements, `agenda` agenda items and `procedural` procedural lines.
    mutating func append(_ other: CitationLog, statements: Int, agenda: Int, procedural: Int) {
        entries.reserveCapacity(entries.count + other.entries.count)
        for entry in other.entries {
            switch entry {
            case .scope:
                startScope()
            case .paragraph(let raw, let statement, let target):
                let shifted: Target
                switch target {
                case .statementParagraph(let s, let p): shifted = .statementParagraph(statement: s + statements, paragraph: p)
                case .agendaItem(let a, let p): shifted = .agendaItem(agenda: a + agenda, procedural: p + procedural)
                case .none: shifted = .none
                }
                entries.append(.paragraph(raw: raw, statement: statement.map { $0 + statements }, target: shifted))
            }
        }
    }

    /// Resolves every entry in order into `index`, and stores each paragraph's citations in
    /// `record`.
    func resolve(into index: inout ReferenceIndex, record: inout Record) {
        for entry in entries {
            switch entry {
            case .scope:
                index.startScope()
            case .paragraph(let raw, let statement, let target):
                // The citations' texts are made from the text they were scanned in.
                switch target {
                case .statementParagraph(let s, let p):
                    let citations = record.statements[s].paragraphs[p].withUTF8 { index.add(raw, statement: statement, in: $0) }
                    record.statements[s].paragraphs[p].references = citations
                case .agendaItem(let a, let p):
                    var text = record.procedural[p].text
                    let citations = text.withUTF8 { index.add(raw, statement: statement, in: $0) }
                    record.agenda[a].references = citations
                    record.procedural[p].references = citations
                case .none:
                    _ = index.add(raw, statement: statement, in: nil)
                }
            }
        }
    }
}
