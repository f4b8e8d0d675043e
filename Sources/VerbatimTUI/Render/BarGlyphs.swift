import VerbatimKit

/// Horizontal bars for figures: block elements to an eighth of a cell (`▏▎▍▌▋▊▉█`), or `#` per
/// whole cell in ASCII. Block elements are East Asian ambiguous: under a wide table each takes
/// two columns, and the bar has half as many cells.
enum BarGlyphs {
    /// The partial cells, one to seven eighths.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let full: Character = "█"

    /// A bar for `fraction` (0...1) of `width` columns, padded with spaces to exactly `width`
    /// columns as `displayWidth` counts them. Any fraction above zero shows at least the
    /// smallest mark.
    static func bar(_ fraction: Double, width: Int, displayWidth: DisplayWidth, ascii: Bool) -> String {
        guard width > 0 else { return "" }
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        var text = ""
        if ascii {
            var count = Int((f * Double(width)).rounded())
            if f > 0 && count == 0 { count = 1 }
            text = String(repeating: "#", count: count)
        } else {
            let cell = max(1, displayWidth.of(full))
            let cells = width / cell
            var units = Int((f * Double(cells * 8)).rounded())
            if f > 0 && units == 0 { units = 1 }
            text = String(repeating: full, count: units / 8)
            if units % 8 > 0 { text.append(eighths[units % 8 - 1]) }
        }
        let used = displayWidth.of(text)
        return text + String(repeating: " ", count: max(0, width - used))
    }
}
