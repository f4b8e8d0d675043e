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
        let resolved = resolveIDs(into: &index)
        let shares = shares(parts: resolved.ids.count >= Self.sideBySideCitations ? PartedParse.cores : 1)
        let references = index.references
        var made = SideBySide.map(shares.count) { j in
            citations(of: shares[j], resolved, references: references, record: record)
        }
        for j in made.indices { Self.store(moving: &made[j], into: &record) }
    }

    /// What resolving the log in reading order gave: the reference each citation resolved to,
    /// and where each entry's citations start among them.
    struct ResolvedIDs {
        var ids: [ReferenceIndex.ResolvedCitation] = []
        /// The index in `ids` of each entry's first citation.
        var firsts: [Int] = []
    }

    /// Resolves every entry in order into `index`: the part of the resolution that needs
    /// everything cited before, and so runs on one core.
    func resolveIDs(into index: inout ReferenceIndex) -> ResolvedIDs {
        var resolved = ResolvedIDs()
        resolved.firsts.reserveCapacity(entries.count)
        for entry in entries {
            resolved.firsts.append(resolved.ids.count)
            switch entry {
            case .scope:
                index.startScope()
            case .paragraph(let raw, let statement, _):
                index.resolve(raw, statement: statement, into: &resolved.ids)
            }
        }
        return resolved
    }

    /// The entries cut into `parts` runs of about equal length, for `citations(of:…)`.
    func shares(parts: Int) -> [Range<Int>] {
        SideBySide.shares(entries.indices, parts: parts)
    }

    /// The citations of the entries `share` that have a place in the record, each with that
    /// place, made from `resolved` (into `references`) and the text each paragraph was scanned
    /// in. Reads only: shares can be made side by side, and stored without the log.
    func citations(
        of share: Range<Int>, _ resolved: ResolvedIDs, references: [Reference], record: Record
    ) -> [(target: Target, citations: [Citation])] {
        entries.withUnsafeBufferPointer { Self.citations(of: share, in: $0, resolved, references: references, record: record) }
    }

    /// Makes the citations of each of `shares` (as `citations(of:…)`), side by side with
    /// `beside`, and releases each share's raw citations as soon as they are made: the log is
    /// not held beside all the citations made from it. The log keeps only its scopes.
    mutating func makeCitations<T>(
        _ shares: [Range<Int>], _ resolved: ResolvedIDs, references: [Reference], record: Record,
        beside: () -> T
    ) -> (beside: T, made: [[(target: Target, citations: [Citation])]]) {
        var besideResult: T?
        let made = entries.withUnsafeMutableBufferPointer { entries in
            // Each share writes only its own entries.
            SideBySide.map(1 + shares.count) { j -> [(target: Target, citations: [Citation])] in
                guard j > 0 else {
                    besideResult = beside()
                    return []
                }
                let share = shares[j - 1]
                let made = Self.citations(of: share, in: UnsafeBufferPointer(entries), resolved, references: references, record: record)
                for e in share { entries[e] = .scope }
                return made
            }
        }
        return (besideResult!, Array(made.dropFirst()))
    }

    private static func citations(
        of share: Range<Int>, in entries: UnsafeBufferPointer<Entry>, _ resolved: ResolvedIDs, references: [Reference],
        record: Record
    ) -> [(target: Target, citations: [Citation])] {
        // Read through the arrays' storage: a statement or paragraph read by subscript is a
        // copy, which retains (and then releases) every string and array it holds.
        record.statements.withUnsafeBufferPointer { statements in
            var made: [(target: Target, citations: [Citation])] = []
            for e in share {
                guard case .paragraph(let raw, _, let target) = entries[e] else { continue }
                let ids = resolved.ids[resolved.firsts[e]..<resolved.firsts[e] + raw.count]
                switch target {
                case .statementParagraph(let s, let p):
                    let text = statements[s].paragraphs.withUnsafeBufferPointer { $0[p].textLocation }
                    made.append((target, ReferenceIndex.citations(raw, ids, references: references, in: text)))
                case .agendaItem(_, let p):
                    let text = TextBuffer(record.procedural[p].text)
                    made.append((target, ReferenceIndex.citations(raw, ids, references: references, in: (text, 0))))
                case .none:
                    continue
                }
            }
            return made
        }
    }

    /// Stores citations made by `citations(of:…)` at their places in `record`, moving them out
    /// of `made` (which is left empty): no count of a citation array goes up and down again.
    static func store(moving made: inout [(target: Target, citations: [Citation])], into record: inout Record) {
        while let (target, citations) = made.popLast() {
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
    }

    /// The number of citations from which they are made on all cores.
    static let sideBySideCitations = 20_000
}
