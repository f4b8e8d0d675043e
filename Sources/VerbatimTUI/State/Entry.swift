import VerbatimKit

/// One entry of the record in reading order as the browser shows it: a statement, a procedural
/// line, or text the parser could not attribute.
public struct Entry: Sendable {
    /// What the entry is.
    public enum Kind: Equatable, Sendable {
        /// A statement; the payload is its 0-based position in `Record.statements`.
        case statement(Int)
        /// A procedural line of the given kind.
        case procedural(ProceduralLine.Kind)
        /// Text the parser could not attribute.
        case unattributed
    }

    /// One paragraph of the entry's text with its citations.
    ///
    /// A statement's paragraph keeps the record's paragraph, a byte range of the record's shared
    /// text, and makes its `String` only when asked for (when the paragraph is laid out, searched
    /// or copied), so an open record is not held a second time as strings.
    public struct Paragraph: Sendable {
        /// Where the text is: in the record, or held here.
        private enum Source: Sendable {
            case record(VerbatimKit.Paragraph)
            case text(String)
        }

        private let source: Source
        public var page: Int
        public var citations: [Citation]

        public init(text: String, page: Int, citations: [Citation]) {
            source = .text(text)
            self.page = page
            self.citations = citations
        }

        /// The paragraph `paragraph` of the record, its text left in the record's buffer.
        init(_ paragraph: VerbatimKit.Paragraph) {
            source = .record(paragraph)
            page = paragraph.page
            citations = paragraph.references
        }

        /// The text, made as a `String` at each call: read it once per use.
        public var text: String {
            switch source {
            case .record(let paragraph): paragraph.text
            case .text(let text): text
            }
        }

        /// The number of Unicode scalars in the text (the unit of citation offsets), counted on
        /// its UTF-8 without making a `String`.
        public var scalarCount: Int {
            switch source {
            case .record(let paragraph):
                paragraph.scalarCount
            case .text(let text):
                text.unicodeScalars.count
            }
        }
    }

    public var kind: Kind
    /// The speaker for a statement.
    public var speaker: Speaker?
    /// The full heading: a statement's label, a procedural line's kind, or "Unattributed text".
    public var heading: String
    /// The text, paragraph by paragraph.
    public var paragraphs: [Paragraph]
    /// Notes on lines of their own, each before a paragraph.
    public var notes: [Note]
    /// First and last page of the original record.
    public var pages: LineSpan
    /// The votes taken in the entry, each placed by its `position`.
    public var votes: [Vote] = []

    /// The 1-based statement number, for statements.
    public var statementNumber: Int? {
        if case .statement(let i) = kind { return i + 1 }
        return nil
    }

    /// The entries of `record` in reading order. A record without blocks (built by hand) lists
    /// its procedural lines, then its statements, then its unattributed text.
    static func entries(of record: Record) -> [Entry] {
        var blocks = record.blocks
        if blocks.isEmpty {
            blocks = record.procedural.indices.map { .procedural($0) } + record.statements.indices.map { .statement($0) }
                + record.unattributed.indices.map { .unattributed($0) }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(blocks.count)
        for (b, block) in blocks.enumerated() {
            let first = entries.count
            defer { if entries.count > first { entries[first].votes = record.votes.filter { $0.position?.block == b } } }
            switch block {
            case .statement(let i) where record.statements.indices.contains(i):
                let statement = record.statements[i]
                entries.append(Entry(
                    kind: .statement(i), speaker: statement.speaker, heading: statement.speaker.label,
                    paragraphs: statement.paragraphs.map(Paragraph.init),
                    notes: statement.notes, pages: statement.pages))
            case .procedural(let i) where record.procedural.indices.contains(i):
                let line = record.procedural[i]
                entries.append(Entry(
                    kind: .procedural(line.kind), speaker: nil, heading: Entry.heading(for: line.kind),
                    paragraphs: [Paragraph(text: line.text, page: line.page, citations: line.references)],
                    notes: [], pages: LineSpan(first: line.page, last: line.page)))
            case .unattributed(let i) where record.unattributed.indices.contains(i):
                let block = record.unattributed[i]
                let lines = block.text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
                entries.append(Entry(
                    kind: .unattributed, speaker: nil,
                    heading: "Unattributed text, source lines \(block.lines.first)–\(block.lines.last)",
                    paragraphs: lines.map { Paragraph(text: String($0), page: block.page, citations: []) },
                    notes: [], pages: LineSpan(first: block.page, last: block.page)))
            default:
                continue
            }
        }
        return entries
    }

    /// The heading of a procedural entry.
    static func heading(for kind: ProceduralLine.Kind) -> String {
        switch kind {
        case .opening: "Opening of the meeting"
        case .agendaAdoption: "Adoption of the agenda"
        case .agendaItem: "Agenda item"
        case .closing: "Closing of the meeting"
        case .coverPage: "Cover page"
        case .suspension: "Suspension of the meeting"
        case .resumption: "Resumption of the meeting"
        }
    }
}
