/// One line of text in display order, as `BidiParagraph.line(_:)` makes it: what to draw from
/// left to right, and for each drawn character the logical offsets (Unicode scalars of the
/// paragraph) it shows, so that search and citation highlights, and clicks, land on the right
/// characters.
public struct VisualLine: Equatable, Sendable {
    /// The text in display order, shaped.
    public let text: String
    /// For each `Character` of `text`, in order, the paragraph offsets it shows: usually one
    /// scalar, a base with its marks, or both letters of a lam-alef ligature.
    public let logicalRanges: [Range<Int>]
    /// The display width of `text`.
    public let width: Int
    /// The paragraph's direction: a right-to-left line is aligned to the right edge.
    public let direction: TextDirection

    /// Builds the line from its scalars' logical offsets in display order (`order`, one per
    /// scalar of `text`) and the offsets of ligature fillers that were dropped.
    init(text: String, order: [Int], fillers: [Int], direction: TextDirection, displayWidth: DisplayWidth) {
        self.text = text
        self.direction = direction
        var ranges: [Range<Int>] = []
        var width = 0
        var next = 0
        for character in text {
            let count = character.unicodeScalars.count
            let offsets = order[next..<min(order.count, next + count)]
            next += count
            let low = offsets.min() ?? 0
            let high = offsets.max() ?? -1
            ranges.append(low..<(high + 1))
            width += displayWidth.of(character)
        }
        // A filler stands for the first letter of the ligature that follows it logically.
        for filler in fillers {
            if let i = ranges.firstIndex(where: { $0.lowerBound == filler + 1 }) ?? ranges.firstIndex(where: { $0.upperBound == filler }) {
                ranges[i] = min(ranges[i].lowerBound, filler)..<max(ranges[i].upperBound, filler + 1)
            }
        }
        logicalRanges = ranges
        self.width = width
    }

    /// The first logical offset shown at column `column` (0-based from the line's left end), or
    /// `nil` when the column is past the text.
    public func logicalOffset(atColumn column: Int, displayWidth: DisplayWidth = .standard) -> Int? {
        var x = 0
        for (character, range) in zip(text, logicalRanges) {
            let w = displayWidth.of(character)
            if column < x + max(w, 1) { return range.lowerBound }
            x += w
        }
        return nil
    }
}
