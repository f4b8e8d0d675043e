/// A quick test for a vote list's heading (`赞成：`, `In favour:`) on the record's pieces of text
/// as the model holds them, before the vote reader copies them into one text to search: a
/// heading word followed, after spaces, by a colon, or ending its piece (the colon may open
/// the next one). Every heading the vote reader finds passes; a record where none passes has
/// no vote, and its text is not copied.
struct ListHeadingCheck {
    private let needles: ByteNeedles
    private var words: [[UInt8]] { needles.words }

    /// The test for the headings `words` (each language's "in favour").
    init(_ words: [String]) {
        needles = ByteNeedles(words.map { Array($0.utf8) }.filter { !$0.isEmpty })
    }

    /// Whether some piece of `record`'s text may hold a heading; `runs` are its paragraphs'
    /// runs when they are already made.
    func mayOccur(in record: Record, runs: ParagraphRuns? = nil) -> Bool {
        for line in record.procedural where holds(line.text) { return true }
        // Through the array's storage: no copy of a statement.
        let inStatements = record.statements.withUnsafeBufferPointer { statements in
            statements.indices.contains { s in
                holds(statements[s].speaker.label) || statements[s].notes.contains { holds($0.text) }
            }
        }
        if inStatements { return true }
        for block in record.unattributed where holds(block.text) { return true }
        // The paragraphs, searched a run of them at a time.
        let runs = runs ?? ParagraphRuns(record)
        return !runs.forEachHit(of: needles) { _, text, at, _ in !headingAt(text, at) }
    }

    /// Whether one of the words is written at `at` in `bytes` with a colon after it (any of
    /// them: one word may start another, `In favor` and `In favour`).
    private func headingAt(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        words.contains { word in
            at + word.count <= bytes.count && word.elementsEqual(bytes[at..<(at + word.count)])
                && colonFollows(bytes, at + word.count)
        }
    }

    /// Whether `text` holds one of the words with a colon after it.
    private func holds(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var from = 0
            while let (at, _) = needles.firstHit(in: bytes, from: from) {
                if headingAt(bytes, at) { return true }
                from = at + 1
            }
            return false
        }
    }

    /// Whether the bytes from `k` on are spaces (plain, no-break, narrow no-break, line feeds)
    /// up to a colon or the end.
    private func colonFollows(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var k = start
        while k < b.count {
            if b[k] == 0x20 || b[k] == 0x0A {
                k += 1
            } else if b[k] == 0xC2, k + 1 < b.count, b[k + 1] == 0xA0 {
                k += 2
            } else if b[k] == 0xE2, k + 2 < b.count, b[k + 1] == 0x80, b[k + 2] == 0xAF {
                k += 3
            } else {
                break
            }
        }
        if k >= b.count { return true }
        if b[k] == 0x3A { return true }
        return k + 2 < b.count && b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x9A
    }
}
