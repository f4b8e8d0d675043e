/// One speaker's statement: the label, the speech as paragraphs, and the notes within it.
public struct Statement: Codable, Equatable, Sendable {
    /// 1-based position among the record's statements.
    public var index: Int
    /// Who spoke.
    public var speaker: Speaker
    /// The speech, paragraph by paragraph.
    public var paragraphs: [Paragraph]
    /// Notes on lines of their own (language switches and the like), in order.
    public var notes: [Note]
    /// First and last source line (1-based).
    public var lines: LineSpan
    /// First and last page of the original record.
    public var pages: LineSpan

    public init(index: Int, speaker: Speaker, paragraphs: [Paragraph], notes: [Note] = [], lines: LineSpan, pages: LineSpan) {
        self.index = index
        self.speaker = speaker
        self.paragraphs = paragraphs
        self.notes = notes
        self.lines = lines
        self.pages = pages
    }
}
