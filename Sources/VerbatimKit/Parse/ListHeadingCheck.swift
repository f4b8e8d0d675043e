import CICU

/// A quick test for a vote list's heading (`赞成：`, `In favour:`) on the record's pieces of text
/// as the model holds them, before the vote reader copies them into one text to search: a
/// heading word followed, after spaces, by a colon, or ending its piece (the colon may open
/// the next one). Every heading the vote reader finds passes; a record where none passes has
/// no vote, and its text is not copied.
struct ListHeadingCheck {
    private let words: [[UInt8]]

    /// The test for the headings `words` (each language's "in favour").
    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    /// Whether some piece of `record`'s text may hold a heading.
    func mayOccur(in record: Record) -> Bool {
        for line in record.procedural where holds(line.text) { return true }
        for statement in record.statements {
            if holds(statement.speaker.label) { return true }
            for note in statement.notes where holds(note.text) { return true }
        }
        for block in record.unattributed where holds(block.text) { return true }
        // The paragraphs, searched a run of them at a time.
        let runs = ParagraphRuns(record)
        return !runs.forEachHit(ofAny: words) { _, text, at, k in !colonFollows(text, at + words[k].count) }
    }

    private func holds(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { holds($0) }
    }

    private func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        for word in words where word.count <= count {
            var from = 0
            while from + word.count <= count {
                let hit = word.withUnsafeBufferPointer {
                    vb_find_bytes(base + from, Int64(count - from), $0.baseAddress!, Int64($0.count))
                }
                guard hit >= 0 else { break }
                let at = from + Int(hit)
                if colonFollows(bytes, at + word.count) { return true }
                from = at + 1
            }
        }
        return false
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
