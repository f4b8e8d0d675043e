import VerbatimKit

/// The wrapper's invariants, checked independently of its own tables.
enum WrapInvariants {
    static func problem(_ lines: [WrappedLine], of text: String, width: Int) -> String? {
        let scalars = Array(text.unicodeScalars)
        var boundary = [Bool](repeating: false, count: scalars.count + 1)
        var offset = 0
        for character in text {
            boundary[offset] = true
            offset += character.unicodeScalars.count
        }
        boundary[offset] = true
        func slice(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        guard let first = lines.first, let last = lines.last else { return "no lines" }
        if first.start != 0 { return "first line starts at \(first.start)" }
        if last.end != scalars.count { return "last line ends at \(last.end) of \(scalars.count)" }
        var rebuilt = String.UnicodeScalarView()
        for (n, line) in lines.enumerated() {
            if n > 0 && line.start != lines[n - 1].end { return "gap before line \(n)" }
            if !(0 <= line.start && line.start <= line.drawnEnd && line.drawnEnd <= line.end && line.end <= scalars.count) {
                return "line \(n): bad offsets \(line.start) \(line.drawnEnd) \(line.end)"
            }
            if line.end == line.start && !text.isEmpty { return "line \(n) is empty" }
            if !boundary[line.start] { return "line \(n) starts inside a grapheme cluster" }
            if String(line.text) != slice(line.start..<line.drawnEnd) { return "line \(n): text is not its range" }
            if !line.isClipped && !slice(line.drawnEnd..<line.end).allSatisfy({ $0 == " " || $0.isNewline }) {
                return "line \(n) leaves text undrawn"
            }
            if line.width != DisplayWidth.standard.of(line.text) { return "line \(n): width \(line.width) is not its text's" }
            if line.width > max(width, 1) { return "line \(n) is \(line.width) wide at width \(width)" }
            rebuilt.append(contentsOf: scalars[line.start..<line.end])
        }
        if String(rebuilt) != text { return "the lines do not give back the text" }
        return nil
    }
}
