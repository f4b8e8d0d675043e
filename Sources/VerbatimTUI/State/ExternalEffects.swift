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

    /// The paragraph the user is reading: the highlighted mention or match when on screen,
    /// else the first paragraph line at the top of the pane.
    var currentParagraph: Int? {
        guard let layout = statementLayout(need: .lines(scroll + statementHeight)) else { return nil }
        let visible = scroll..<(scroll + statementHeight)
        for position in [mention, search?.current.map { search!.matches[$0] }].compactMap({ $0 }) where position.entry == entry {
            let wrapped = statementLayout(need: .paragraph(position.paragraph)) ?? layout
            if visible.contains(wrapped.line(paragraph: position.paragraph, offset: position.start)) { return position.paragraph }
        }
        var i = scroll
        while i < layout.lines.count {
            if layout.lines[i].kind == .text { return layout.lines[i].paragraph }
            i += 1
        }
        return document.entries[entry].paragraphs.isEmpty ? nil : 0
    }

    mutating func copyCitation() -> [Effect] {
        guard let p = currentParagraph else {
            message = "nothing to copy here"
            return []
        }
        let e = document.entries[entry]
        let paragraph = e.paragraphs[p]
        let source = "\(document.name), p. \(paragraph.page)"
        let text = "\(source), \(e.heading)\n\(paragraph.text)"
        message = "copied \(source), paragraph \(p + 1)"
        return [.copyToClipboard(text)]
    }
}
