extension Record {
    /// The record's text in reading order as the model holds it: procedural lines, each
    /// statement's label (with its colon), notes and paragraphs, and unattributed text, one per
    /// line. Everything of the input but its layout artifacts appears here once, in order.
    public var text: String {
        var out = ""
        for block in blocks {
            switch block {
            case .procedural(let k):
                out += procedural[k].text
                out += "\n"
            case .statement(let k):
                out += statements[k].text
            case .unattributed(let k):
                out += unattributed[k].text
                out += "\n"
            }
        }
        return out
    }

    /// The 1-based index of the statement that holds source line `line`, if any.
    public func statementIndex(atLine line: Int) -> Int? {
        var low = 0
        var high = statements.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = statements[mid].lines
            if line < span.first { high = mid - 1 } else if line > span.last { low = mid + 1 } else { return mid + 1 }
        }
        return nil
    }
}

extension Statement {
    /// The statement as text: the label and its colon, then notes and paragraphs in order.
    public var text: String {
        var out = speaker.label + "："
        var noteIndex = 0
        for (k, paragraph) in paragraphs.enumerated() {
            while noteIndex < notes.count, notes[noteIndex].beforeParagraph <= k {
                out += (k == 0 && noteIndex == 0 ? "\n" : "") + notes[noteIndex].text + "\n"
                noteIndex += 1
            }
            out += paragraph.text + "\n"
        }
        while noteIndex < notes.count {
            out += notes[noteIndex].text + "\n"
            noteIndex += 1
        }
        if paragraphs.isEmpty && notes.isEmpty { out += "\n" }
        return out
    }

    /// Number of characters (grapheme clusters) in the paragraphs.
    public var characterCount: Int {
        paragraphs.reduce(0) { $0 + $1.text.count }
    }
}
