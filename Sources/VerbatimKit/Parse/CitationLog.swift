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
    /// `record`. The resolution runs in reading order; the citations (each with its text) are
    /// then made from the resolved ids, side by side when there are many.
    func resolve(into index: inout ReferenceIndex, record: inout Record) {
        var ids: [ReferenceIndex.ResolvedCitation] = []
        // The index in `ids` of each entry's first citation.
        var firsts: [Int] = []
        firsts.reserveCapacity(entries.count)
        for entry in entries {
            firsts.append(ids.count)
            switch entry {
            case .scope:
                index.startScope()
            case .paragraph(let raw, let statement, _):
                index.resolve(raw, statement: statement, into: &ids)
            }
        }
        let made = citations(ids, firsts: firsts, references: index.references, record: record)
        var e = 0
        for share in made {
            for citations in share {
                if case .paragraph(_, _, let target) = entries[e] {
                    switch target {
                    case .statementParagraph(let s, let p):
                        record.statements[s].paragraphs[p].references = citations
                    case .agendaItem(let a, let p):
                        record.agenda[a].references = citations
                        record.procedural[p].references = citations
                    case .none:
                        break
                    }
                }
                e += 1
            }
        }
    }

    /// The citations of each entry (none for a scope, or for text whose citations are only
    /// counted), made from `ids` (into `references`) and the text each paragraph was scanned
    /// in, in shares of the entries read side by side: each share only reads.
    private func citations(
        _ ids: [ReferenceIndex.ResolvedCitation], firsts: [Int], references: [Reference], record: Record
    ) -> [[[Citation]]] {
        let shares = SideBySide.shares(entries.indices, parts: ids.count >= Self.sideBySideCitations ? PartedParse.cores : 1)
        return SideBySide.map(shares.count) { j in
            shares[j].map { e -> [Citation] in
                guard case .paragraph(let raw, _, let target) = entries[e] else { return [] }
                let resolved = ids[firsts[e]..<firsts[e] + raw.count]
                switch target {
                case .statementParagraph(let s, let p):
                    return record.statements[s].paragraphs[p].withUTF8 { ReferenceIndex.citations(raw, resolved, references: references, in: $0) }
                case .agendaItem(_, let p):
                    var text = record.procedural[p].text
                    return text.withUTF8 { ReferenceIndex.citations(raw, resolved, references: references, in: $0) }
                case .none:
                    return []
                }
            }
        }
    }

    /// The number of citations from which they are made on all cores.
    static let sideBySideCitations = 20_000
}
