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

    /// The table as lines, two spaces between columns, no trailing spaces. Each cell is
    /// measured once, and cut only when it is wider than its column.
    func render() -> String {
        let measure = DisplayWidth.standard
        let columns = header.count
        var cells: [(text: String, width: Int)] = []
        cells.reserveCapacity((rows.count + 1) * columns)
        var widths = [Int](repeating: 0, count: columns)
        for row in [header] + rows {
            for k in 0..<columns {
                let text = k < row.count ? row[k] : ""
                let width = measure.of(text)
                cells.append((text, width))
                widths[k] = min(maximumWidth, max(widths[k], width))
            }
        }
        let right = (0..<columns).map { rightAligned.contains($0) }
        var out: [UInt8] = []
        var line: [UInt8] = []
        for start in stride(from: 0, to: cells.count, by: max(columns, 1)) {
            line.removeAll(keepingCapacity: true)
            for k in 0..<columns {
                var (text, width) = cells[start + k]
                if width > widths[k] {
                    text = Truncation.truncate(text, to: widths[k])
                    width = measure.of(text)
                }
                let padding = max(0, widths[k] - width)
                if k > 0 { line.append(contentsOf: "  ".utf8) }
                if right[k] { line.append(contentsOf: repeatElement(0x20, count: padding)) }
                line.append(contentsOf: text.utf8)
                if !right[k] { line.append(contentsOf: repeatElement(0x20, count: padding)) }
            }
            while line.last == 0x20 { line.removeLast() }
            out.append(contentsOf: line)
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
