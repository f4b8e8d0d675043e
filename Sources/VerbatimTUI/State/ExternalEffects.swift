import VerbatimKit

/// Actions whose work is done outside: opening links and records, copying a citation.
extension AppState {
    mutating func openLink() -> [Effect] {
        guard let key = selectedReference else {
            message = noReferenceMessage
            return []
        }
        if let url = document.url(of: key) {
            message = "opening \(url)"
            return [.openURL(url)]
        }
        if document.kind(of: key) == .instrument {
            message = "\(document.title(of: key)) is an instrument: it has no document link"
        } else {
            message = "\(key) has no known link"
        }
        return []
    }

    /// File names a record with `symbol` may have: `S/PV.3046` → `S_PV.3046_zh.txt`, `S_PV.3046.txt`.
    func recordFileNames(for symbol: String) -> [String] {
        let base = String(symbol.unicodeScalars.filter { $0 != " " }.map { $0 == "/" ? "_" : Character($0) })
        let language = document.record.meeting.language
        return ["\(base)_\(language).txt", "\(base).txt"]
    }

    mutating func openRecord() -> [Effect] {
        guard let key = selectedReference else {
            message = noReferenceMessage
            return []
        }
        guard let kind = document.kind(of: key), kind != .instrument, key.contains("/") else {
            message = "\(key) is not a document symbol"
            return []
        }
        if library != nil { return [.library(.document(symbol: key))] }
        guard let path else {
            message = "this record was not read from a file"
            return []
        }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) + "/" : ""
        let names = recordFileNames(for: key)
        if let siblingFiles {
            guard let name = names.first(where: siblingFiles.contains) else {
                message = "no file \(names[0]) in this record's folder"
                return []
            }
            return [.openRecord(path: folder + name)]
        }
        return [.openRecord(path: folder + names[0])]
    }

    /// The paragraph the reader is looking at: the one at the top of the visible text (the first
    /// paragraph line at or below the pane's top row).
    var currentParagraph: Int? {
        guard let layout = statementLayout(need: .lines(scroll + statementHeight)) else { return nil }
        var i = scroll
        while i < layout.lines.count {
            if layout.lines[i].kind == .text { return layout.lines[i].paragraph }
            i += 1
        }
        return document.entries[entry].paragraphs.isEmpty ? nil : 0
    }

    /// `y`: the paragraph at the top of the visible text, after a line naming its source.
    mutating func copyCitation() -> [Effect] {
        guard let p = currentParagraph else {
            message = "nothing to copy here"
            return []
        }
        let e = document.entries[entry]
        let paragraph = e.paragraphs[p]
        let source = "\(document.name), p. \(paragraph.page)"
        let text = "\(source), \(e.heading)\n\(paragraph.text)"
        let label = "\(source), paragraph \(p + 1)"
        message = ClipboardReport.pending(label: label)
        return [.copyToClipboard(text, label: label)]
    }

    /// `e`: the current statement as Markdown (`MarkdownExport`), its page named by the record's
    /// symbol (or the one its file name gives).
    mutating func copyStatementMarkdown() -> [Effect] {
        guard document.entries.indices.contains(entry), let number = document.entries[entry].statementNumber,
              document.record.statements.indices.contains(number - 1) else {
            message = "not on a statement: nothing to copy"
            return []
        }
        var record = document.record
        if record.meeting.symbol == nil { record.meeting.symbol = document.name }
        let markdown = MarkdownExport.statement(record.statements[number - 1], in: record)
        let label = "statement \(number) as Markdown"
        message = ClipboardReport.pending(label: label)
        return [.copyToClipboard(markdown, label: label)]
    }
}
