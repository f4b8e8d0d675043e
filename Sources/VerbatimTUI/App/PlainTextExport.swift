import VerbatimKit

/// The record as plain wrapped text, for when the output is not a terminal: the meeting's title
/// lines, then every entry in reading order (procedural lines, each statement's speaker label,
/// paragraphs and notes, and any unattributed text). Control characters appear as their visible
/// stand-ins, never raw. The parser's warnings are not part of it (the caller reports them on
/// standard error).
public enum PlainTextExport {
    /// The whole text, lines wrapped to `width` display columns (at least 1), ending in a newline.
    /// `path` is the file the record came from (its name may give the symbol).
    public static func text(of record: Record, path: String? = nil, width: Int, displayWidth: DisplayWidth = .standard) -> String {
        var result = ""
        write(record, path: path, width: width, displayWidth: displayWidth) { result += $0 }
        return result
    }

    /// Writes the same text as `text(of:path:width:displayWidth:)` in pieces of about 64 KB to
    /// `sink`, so that a huge record is printed without holding all of its output at once.
    public static func write(
        _ record: Record, path: String? = nil, width: Int, displayWidth: DisplayWidth = .standard,
        to sink: (String) -> Void
    ) {
        let width = max(1, width)
        let wrapper = LineWrapper(profile: LanguageProfile.named(record.meeting.language) ?? .english, displayWidth: displayWidth)
        var buffer = ""
        buffer.reserveCapacity(1 << 16)
        var wroteAnything = false

        func line(_ text: some StringProtocol) {
            buffer += text
            buffer += "\n"
            wroteAnything = true
            if buffer.utf8.count >= 1 << 16 {
                sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }

        func emit(_ text: String, indent: String = "") {
            let clean = visible(text, displayWidth: displayWidth)
            let indentWidth = displayWidth.of(indent)
            let available = max(1, width - indentWidth)
            for wrapped in wrapper.wrap(clean, width: available) {
                buffer += indent
                line(wrapped.text)
            }
        }

        // The title row of the browser: the symbol (or the one the file is named after), the
        // body, meeting number and date when known, the agenda title.
        emit(TitleBar.text(of: record, name: Document.name(of: record, path: path)))

        for block in record.blocks {
            if wroteAnything { line("") }
            switch block {
            case .procedural(let index):
                guard record.procedural.indices.contains(index) else { continue }
                emit(record.procedural[index].text)
            case .unattributed(let index):
                guard record.unattributed.indices.contains(index) else { continue }
                // Its lines are paragraphs (hard wraps are already joined): each wrapped on its
                // own, a blank line between, as a statement's paragraphs are.
                for (number, paragraph) in PlainTextExport.paragraphs(of: record.unattributed[index].text).enumerated() {
                    if number > 0 { line("") }
                    emit(paragraph)
                }
            case .statement(let index):
                guard record.statements.indices.contains(index) else { continue }
                let statement = record.statements[index]
                emit("[\(statement.index)] \(statement.speaker.label)：")
                for (number, paragraph) in statement.paragraphs.enumerated() {
                    for note in statement.notes where note.beforeParagraph == number {
                        emit(note.text, indent: "  ")
                    }
                    if number > 0 { line("") }
                    emit(paragraph.text, indent: "  ")
                }
                for note in statement.notes where note.beforeParagraph >= statement.paragraphs.count {
                    emit(note.text, indent: "  ")
                }
            }
        }
        if !buffer.isEmpty { sink(buffer) }
    }

    /// The paragraphs of unattributed text: its lines, blank ones left out.
    static func paragraphs(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// `text` with every character that must not reach a terminal replaced by its stand-in.
    static func visible(_ text: String, displayWidth: DisplayWidth) -> String {
        // Nearly every paragraph holds nothing to replace: one pass over its scalars tells.
        let clean = !text.unicodeScalars.contains { scalar in
            CellGlyph.isUnsafe(scalar) || DisplayWidth.standIn(for: scalar) != nil
        }
        if clean { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if let standIn = displayWidth.standIn(for: character) {
                result += standIn
            } else if character.unicodeScalars.contains(where: CellGlyph.isUnsafe) {
                result += "?"
            } else {
                result.append(character)
            }
        }
        return result
    }
}
