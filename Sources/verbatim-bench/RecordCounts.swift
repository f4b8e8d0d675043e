import VerbatimKit

/// What a parse produced, counted: the figures the large inputs must reproduce `n` times over.
struct RecordCounts: Equatable, CustomStringConvertible {
    var statements: Int
    var paragraphs: Int
    /// Sum of `Reference.mentions` over the record's reference index.
    var mentions: Int
    /// Citations held by paragraphs, procedural lines and agenda items.
    var citations: Int

    init(_ record: Record) {
        statements = record.statements.count
        paragraphs = record.statements.reduce(0) { $0 + $1.paragraphs.count }
        mentions = record.references.reduce(0) { $0 + $1.mentions }
        citations = record.statements.reduce(0) { total, statement in
            statement.paragraphs.reduce(total) { $0 + $1.references.count }
        } + record.procedural.reduce(0) { $0 + $1.references.count }
    }

    init(statements: Int, paragraphs: Int, mentions: Int, citations: Int) {
        self.statements = statements
        self.paragraphs = paragraphs
        self.mentions = mentions
        self.citations = citations
    }

    /// These counts `n` times over.
    func times(_ n: Int) -> RecordCounts {
        RecordCounts(statements: statements * n, paragraphs: paragraphs * n, mentions: mentions * n, citations: citations * n)
    }

    var description: String {
        "\(Units.grouped(statements)) statements, \(Units.grouped(paragraphs)) paragraphs, "
            + "\(Units.grouped(mentions)) reference mentions, \(Units.grouped(citations)) citations"
    }
}
