import VerbatimKit

/// Checks on the output of `LineWrapper.wrap`, written independently of the wrapper's own tables.
enum WrapChecks {
    /// Closing and middle punctuation that must not start a line (full-width, ASCII, half-width).
    static let noLineStart: Set<Character> = Set("，。、；：？！）》」』】”’…,.;:?!)]｡､｣．！？；：，〕〉•·")
    /// Opening punctuation that must not end a line.
    static let noLineEnd: Set<Character> = Set("（《「『【“‘([〔〈｢")

    /// The scalars `range` of `text`, as a string.
    static func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Problems with `lines` as a wrap of `text` at `width`: lines must tile the text, draw exactly
    /// `start..<drawnEnd`, leave only spaces or line feeds undrawn, fit the width, and start on
    /// grapheme boundaries.
    static func structuralProblems(_ lines: [WrappedLine], of text: String, width: Int,
                                   displayWidth: DisplayWidth = .standard) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var boundaries = [Bool](repeating: false, count: scalars.count + 1)
        var offset = 0
        for character in text {
            boundaries[offset] = true
            offset += character.unicodeScalars.count
        }
        boundaries[offset] = true
        return structuralProblems(lines, of: text, scalars: scalars, clusterBoundary: boundaries,
                                  width: width, displayWidth: displayWidth)
    }

    /// `structuralProblems` with the text's scalars and cluster boundaries already at hand.
    static func structuralProblems(_ lines: [WrappedLine], of text: String, scalars: [Unicode.Scalar],
                                   clusterBoundary boundaries: [Bool], width: Int,
                                   displayWidth: DisplayWidth = .standard) -> [String] {
        var problems: [String] = []
        guard let first = lines.first, let last = lines.last else { return ["no lines"] }
        if first.start != 0 { problems.append("first line starts at \(first.start)") }
        if last.end != scalars.count { problems.append("last line ends at \(last.end) of \(scalars.count)") }
        var rebuilt = ""
        for (number, line) in lines.enumerated() {
            if number > 0 && line.start != lines[number - 1].end { problems.append("gap before line \(number)") }
            if !(line.start <= line.drawnEnd && line.drawnEnd <= line.end) { problems.append("bad offsets \(line)") }
            if line.end == line.start && !text.isEmpty { problems.append("empty line \(number)") }
            if line.start > scalars.count || !boundaries[line.start] { problems.append("line \(number) splits a cluster") }
            let drawn = slice(scalars, line.start..<line.drawnEnd)
            if String(line.text) != drawn { problems.append("line \(number) text is not its range") }
            let undrawn = slice(scalars, line.drawnEnd..<line.end)
            if !line.isClipped && !undrawn.allSatisfy({ $0 == " " || $0.isNewline }) {
                problems.append("line \(number) leaves \(undrawn.debugDescription) undrawn")
            }
            if line.width != displayWidth.of(line.text) { problems.append("line \(number) width \(line.width) is wrong") }
            if line.width > max(width, 1) { problems.append("line \(number) is \(line.width) wide at \(width)") }
            rebuilt += slice(scalars, line.start..<line.end)
        }
        if rebuilt != text { problems.append("lines do not give back the text") }
        return problems
    }

    /// Problems with the punctuation rules: no line (but the first) starts with closing or middle
    /// punctuation; no line (but the last) ends with opening punctuation.
    static func punctuationProblems(_ lines: [WrappedLine]) -> [String] {
        var problems: [String] = []
        for (number, line) in lines.enumerated() {
            if number > 0, let first = line.text.first, noLineStart.contains(first) {
                problems.append("line starts with \(first): \(line.text)")
            }
            if number < lines.count - 1, let last = line.text.last, noLineEnd.contains(last) {
                problems.append("line ends with \(last): \(line.text)")
            }
        }
        return problems
    }
}
