/// One line of wrapped text: which part of the source it shows and how wide it is.
///
/// Offsets count Unicode scalars from the start of the wrapped text. The lines of one text are
/// contiguous: each line's `start` is the previous line's `end`, the first starts at 0 and the last
/// ends at the text's end. `start..<drawnEnd` is drawn; `drawnEnd..<end` is the space (or line
/// feed) the line broke at, neither drawn nor counted. A line whose only cluster is wider than the
/// whole width (a wide character at width 1) draws nothing: `drawnEnd == start`, `width == 0`,
/// and `isClipped` is true.
public struct WrappedLine: Equatable, Sendable {
    /// Start offset in the source text, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive), including the space the line broke at.
    public var end: Int
    /// End offset (exclusive) of what is drawn: `end` less a trailing break space.
    public var drawnEnd: Int
    /// Display width of the drawn part.
    public var width: Int
    /// The drawn part of the source text.
    public var text: Substring
    /// True when the line holds a cluster too wide for the width, which is therefore not drawn.
    public var isClipped: Bool

    public init(start: Int, end: Int, drawnEnd: Int, width: Int, text: Substring, isClipped: Bool = false) {
        self.start = start
        self.end = end
        self.drawnEnd = drawnEnd
        self.width = width
        self.text = text
        self.isClipped = isClipped
    }
}
