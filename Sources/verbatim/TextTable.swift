import VerbatimKit

/// Plain-text columns aligned by display width, so that CJK names line up.
struct TextTable {
    /// Column headings.
    var header: [String]
    /// Rows of cells.
    var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    var rightAligned: Set<Int> = []
    /// The widest a column may be; longer cells are cut with `…`.
    var maximumWidth = 40

    /// The table as lines, two spaces between columns, no trailing spaces.
    func render() -> String {
        let measure = DisplayWidth.standard
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (k, cell) in row.enumerated() where k < widths.count {
                widths[k] = min(maximumWidth, max(widths[k], measure.of(cell)))
            }
        }
        var out = ""
        for row in all {
            var line = ""
            for (k, cell) in row.enumerated() where k < widths.count {
                let cut = Truncation.truncate(cell, to: widths[k])
                let padding = String(repeating: " ", count: max(0, widths[k] - measure.of(cut)))
                if k > 0 { line += "  " }
                line += rightAligned.contains(k) ? padding + cut : cut + padding
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
