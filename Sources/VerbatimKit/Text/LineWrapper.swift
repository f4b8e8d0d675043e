// PLACEHOLDER — replaced by the text layer (issue 2). Signatures are the contract.

/// One line of wrapped text: which part of the source it shows and how wide it is.
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

    public init(start: Int, end: Int, drawnEnd: Int, width: Int, text: Substring) {
        self.start = start
        self.end = end
        self.drawnEnd = drawnEnd
        self.width = width
        self.text = text
    }
}

/// Wraps text to a display width: UAX #14 break opportunities (ICU), Chinese punctuation rules,
/// and caller-supplied glue ranges that must not be broken.
public final class LineWrapper {
    /// The width table in use.
    public let displayWidth: DisplayWidth

    public init(displayWidth: DisplayWidth = .standard) {
        self.displayWidth = displayWidth
    }

    /// Wraps `text` to lines of at most `width` columns. `glue` holds scalar-offset ranges that
    /// must stay on one line unless a glued run is wider than the line.
    public func wrap(_ text: String, width: Int, glue: [Range<Int>] = []) -> [WrappedLine] {
        var lines: [WrappedLine] = []
        var start = text.startIndex
        var startOffset = 0
        var offset = 0
        var lineWidth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let w = displayWidth.of(character)
            if lineWidth + w > max(width, 1), index > start {
                lines.append(WrappedLine(start: startOffset, end: offset, drawnEnd: offset, width: lineWidth, text: text[start..<index]))
                start = index
                startOffset = offset
                lineWidth = 0
            }
            lineWidth += w
            offset += character.unicodeScalars.count
            index = text.index(after: index)
        }
        lines.append(WrappedLine(start: startOffset, end: offset, drawnEnd: offset, width: lineWidth, text: text[start...]))
        return lines
    }
}

/// Cutting text to a column width for list columns.
public enum Truncation {
    /// `text` cut to at most `width` columns, ending in `…` when cut; padded with spaces to exactly
    /// `width` when `pad` is true.
    public static func truncate(_ text: String, to width: Int, pad: Bool = false, displayWidth: DisplayWidth = .standard) -> String {
        var result = ""
        var used = 0
        for character in text {
            let w = displayWidth.of(character)
            if used + w > width { break }
            result.append(character)
            used += w
        }
        if pad { result += String(repeating: " ", count: max(0, width - used)) }
        return result
    }
}
