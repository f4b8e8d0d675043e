extension ResolutionText {
    /// The lines `parse` reads a resolution's head from (its symbol, title, adoption line and the
    /// line that opens the body): whether a text is a resolution depends on them alone.
    static let headLines = 80

    /// True when `text` is a resolution's text, decided from its first `headLines` lines, as
    /// `parse` decides it, without reading the rest: a record that cites resolutions near its
    /// start (`第1540（2004）号决议`) is told apart at the cost of its head, not of its whole text.
    static func recognises(_ text: String) -> Bool {
        let utf8 = text.utf8
        var newlines = 0
        var end = utf8.endIndex
        // Every line feed ends a line for `parse` too (which also ends lines at other breaks),
        // so the text up to the `headLines`-th line feed holds at least its first `headLines` lines.
        for index in utf8.indices where utf8[index] == 0x0A {
            newlines += 1
            if newlines == headLines {
                end = utf8.index(after: index)
                break
            }
        }
        return parse(String(text[..<end])) != nil
    }
}
