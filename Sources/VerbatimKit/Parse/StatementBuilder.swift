/// The statement being read: its speaker and where it starts, with its paragraphs and notes
/// appended in place as the pass reaches them, until the next label or procedural line
/// finishes it.
struct StatementBuilder {
    private var statement: Statement?
    private var paragraphs: [Paragraph] = []
    private var notes: [Note] = []
    /// The number of the last source line and page read into it.
    private var lastLine = 0
    private var lastPage = 0
    /// The language spoken at this point of the statement (its label's, then its notes').
    private(set) var language: String

    init(language: String) {
        self.language = language
    }

    /// True while a statement is open (stored: a computed test would copy the statement in
    /// unoptimised builds).
    private(set) var isOpen = false
    /// The open statement's number.
    private(set) var index = 0
    /// The text of the open statement's last paragraph.
    var lastParagraphText: String? { paragraphs.last?.text }
    /// The number of paragraphs of the open statement so far.
    var paragraphCount: Int { paragraphs.count }

    /// Opens the statement with number `index`.
    mutating func start(_ statement: Statement, language: String, lastLine: Int, lastPage: Int) {
        self.statement = statement
        isOpen = true
        index = statement.index
        self.language = language
        self.lastLine = lastLine
        self.lastPage = lastPage
    }

    /// Appends a paragraph of the speech.
    mutating func add(_ paragraph: Paragraph, lastPage: Int) {
        paragraphs.append(paragraph)
        lastLine = paragraph.lines.last
        self.lastPage = lastPage
    }

    /// Appends a note; one that names a language changes the language spoken from here on.
    mutating func add(note text: String, language noteLanguage: String?, page: Int, line: Int, lastLine: Int, lastPage: Int) {
        guard isOpen else { return }
        if let noteLanguage { language = noteLanguage }
        notes.append(Note(text: text, language: noteLanguage, beforeParagraph: paragraphs.count, page: page, line: line))
        self.lastLine = lastLine
        self.lastPage = lastPage
    }

    /// The finished statement, or `nil` when none is open.
    mutating func finish() -> Statement? {
        guard var statement else { return nil }
        self.statement = nil
        isOpen = false
        statement.lines.last = lastLine
        statement.pages.last = lastPage
        // The statement keeps copies sized exactly (arrays grown by doubling hold up to half
        // their capacity spare); the builder's arrays keep their capacity for the next one.
        statement.paragraphs = paragraphs.withUnsafeBufferPointer { Array($0) }
        statement.notes = notes.withUnsafeBufferPointer { Array($0) }
        paragraphs.removeAll(keepingCapacity: true)
        notes.removeAll(keepingCapacity: true)
        return statement
    }
}
