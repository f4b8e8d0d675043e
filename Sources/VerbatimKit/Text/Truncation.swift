/// Cutting text to a column width for list columns.
public enum Truncation {
    /// `text` cut to at most `width` columns, ending in `…` when cut; padded with spaces to exactly
    /// `width` when `pad` is true. Grapheme clusters are never split; a wide character that does
    /// not fit before the ellipsis is left out (and the gap padded when `pad` is true). When even the
    /// ellipsis does not fit (width 1 with wide ambiguous characters), the text is cut without it.
    /// Widths are counted as drawn (controls by their stand-ins, see `DisplayWidth.visible`).
    public static func truncate(_ text: String, to width: Int, pad: Bool = false, displayWidth: DisplayWidth = .standard) -> String {
        guard width > 0 else { return "" }
        let full = displayWidth.of(text)
        if full <= width {
            return pad ? text + String(repeating: " ", count: width - full) : text
        }
        let ellipsis: Character = "…"
        let ellipsisWidth = displayWidth.of(ellipsis)
        let room = width >= ellipsisWidth ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in text {
            let columns = displayWidth.of(character)
            if used + columns > room { break }
            result.append(character)
            used += columns
        }
        if width >= ellipsisWidth {
            result.append(ellipsis)
            used += ellipsisWidth
        }
        if pad && used < width { result += String(repeating: " ", count: width - used) }
        return result
    }
}
