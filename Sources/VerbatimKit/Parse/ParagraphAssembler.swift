/// Gathers the lines of the paragraph being read, as byte ranges of the source, and writes its
/// text once when the paragraph ends: Chinese lines are joined without spaces, lines of spaced
/// words with one (`ParagraphText`).
struct ParagraphAssembler {
    /// The parts of lines that make up the paragraph.
    private(set) var segments: [Range<Int>] = []
    /// For each segment, whether it may hold white space.
    private var spaced: [Bool] = []
    /// True when some line may start a citation.
    private(set) var mayCite = false
    /// True while a paragraph is being read (it may have no text yet: a label's line).
    var isOpen = false
    /// Index in the line table of its first and last lines.
    var firstLine = 0
    var lastLine = 0

    /// Opens a paragraph at line `index`, unless one is open.
    mutating func open(at index: Int) {
        guard !isOpen else { return }
        isOpen = true
        firstLine = index
    }

    /// Adds a part of a line.
    mutating func add(_ segment: Range<Int>, spaced hasSpace: Bool, mayCite cites: Bool) {
        segments.append(segment)
        spaced.append(hasSpace)
        if cites { mayCite = true }
    }

    /// The paragraph's text, joined by the script's rule; empty when it holds no text.
    func text(_ source: UnsafeBufferPointer<UInt8>, spacedWords: Bool) -> String {
        guard !segments.isEmpty else { return "" }
        let segments = self.segments
        let spaced = self.spaced
        // The text is written once, straight into the String's storage.
        return String(unsafeUninitializedCapacity: ParagraphText.capacity(segments)) { buffer in
            spacedWords
                ? ParagraphText.joinWords(source, segments, into: buffer.baseAddress!)
                : ParagraphText.join(source, segments, spaced: spaced, into: buffer.baseAddress!)
        }
    }

    /// Closes the paragraph, keeping the storage for the next.
    mutating func reset() {
        segments.removeAll(keepingCapacity: true)
        spaced.removeAll(keepingCapacity: true)
        mayCite = false
        isOpen = false
    }
}
