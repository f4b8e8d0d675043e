import VerbatimKit

/// Keys while a prompt (`/`, `:`, `s`) is open: they edit the typed text.
extension AppState {
    mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard var prompt else { return [] }
        switch key {
        case .escape:
            if prompt.kind == .speaker { restore(prompt.origin) }
            if prompt.kind == .filter { setFilter("") }
            self.prompt = nil
            return []
        case .enter:
            self.prompt = nil
            if prompt.kind == .librarySearch { return searchLibrary(prompt.text) }
            accept(prompt)
            return []
        case .backspace, .delete:
            if prompt.text.isEmpty {
                if prompt.kind == .speaker { restore(prompt.origin) }
                self.prompt = nil
                return []
            }
            prompt.text.removeLast()
        case .character(let c):
            prompt.text.append(c)
        default:
            return []
        }
        self.prompt = prompt
        if prompt.kind == .speaker { speakerPreview(prompt) }
        if prompt.kind == .filter { setFilter(prompt.text) }
        return []
    }

    /// The entry the speaker jump would go to for the text typed so far: the first matching
    /// statement after the one the prompt opened on, wrapping around.
    func speakerTarget(_ prompt: Prompt) -> Int? {
        let folded = SearchText.folded(prompt.text)
        guard !folded.isEmpty, !document.entries.isEmpty else { return nil }
        let n = document.entries.count
        for step in 1...n {
            let e = (prompt.origin.entry + step) % n
            if document.entries[e].speaker != nil, !document.speakerTexts[e].ranges(of: folded).isEmpty { return e }
        }
        return nil
    }

    mutating func speakerPreview(_ prompt: Prompt) {
        if let target = speakerTarget(prompt) {
            entry = target
            scroll = 0
            mention = nil
            speakerSelection = target
            referenceSelection = 0
        } else {
            let origin = prompt.origin
            entry = origin.entry
            scroll = origin.scroll
            speakerSelection = entry
        }
    }

    mutating func accept(_ prompt: Prompt) {
        switch prompt.kind {
        case .search:
            runSearch(prompt.text)
        case .goTo:
            let digits = prompt.text.filter { !$0.isWhitespace }
            let count = document.statementEntries.count
            guard let n = Prompt.statementNumber(prompt.text) else {
                if !digits.isEmpty { message = "not a statement number: \(digits)" }
                return
            }
            guard n >= 1, n <= count else {
                message = count == 0 ? "this record has no statements" : "no statement \(n) (1–\(count))"
                return
            }
            jump(toEntry: document.statementEntries[n - 1])
        case .speaker:
            guard speakerTarget(prompt) != nil else {
                restore(prompt.origin)
                if !prompt.text.isEmpty { message = "no speaker matches \(prompt.text)" }
                return
            }
            let target = entry
            restore(prompt.origin)
            jump(toEntry: target)
        case .filter, .librarySearch:
            // The filter applies as it is typed; the search is run by `handlePrompt`.
            break
        }
    }
}

extension Prompt {
    /// The statement number typed in a `:` prompt (spaces ignored, full-width digits as ASCII),
    /// or nil when the text is not a number.
    static func statementNumber(_ text: String) -> Int? {
        let digits = text.filter { !$0.isWhitespace }.map { c -> Character in
            guard let v = c.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(v) else { return c }
            return Character(Unicode.Scalar(v - 0xFEE0)!)
        }
        return Int(String(digits))
    }
}
