import VerbatimKit

/// Keys while a prompt (`/`, `:`, `s`) is open: they edit the typed text, as a shell's line
/// editor does (`C-u` clears it, `C-w` deletes the last word, Up and Down walk the search history).
extension AppState {
    mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard var prompt else { return [] }
        switch key {
        case .escape:
            // The prompt closes; the last search (if any) stays, `n` and `N` go on with it.
            if prompt.kind == .speaker { restore(prompt.origin) }
            if prompt.kind == .filter { setFilter("") }
            self.prompt = nil
            return []
        case .enter:
            self.prompt = nil
            if prompt.kind == .librarySearch { return searchLibrary(prompt.text) }
            return accept(prompt)
        case .backspace, .delete:
            if prompt.text.isEmpty {
                if prompt.kind == .speaker { restore(prompt.origin) }
                self.prompt = nil
                return []
            }
            prompt.text.removeLast()
        case .control("u"):
            prompt.text = ""
        case .control("w"):
            prompt.text = Prompt.deletingLastWord(prompt.text)
        case .up, .down:
            guard prompt.kind == .search, !searchHistory.isEmpty else { return [] }
            let newest = searchHistory.count - 1
            if key == .up {
                if prompt.historyIndex == nil { prompt.draft = prompt.text }
                prompt.historyIndex = max(0, (prompt.historyIndex ?? newest + 1) - 1)
            } else {
                guard let index = prompt.historyIndex else { return [] }
                prompt.historyIndex = index < newest ? index + 1 : nil
            }
            prompt.text = prompt.historyIndex.map { searchHistory[$0] } ?? prompt.draft
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
    /// statement after the one the prompt opened on, wrapping around. A statement matches by
    /// its label, name, title or country as written, or by any name of its country in the six
    /// languages (`美国`, `United States`, `États-Unis` all find `美利坚合众国`), or by its label in
    /// another language version open beside it.
    func speakerTarget(_ prompt: Prompt) -> Int? {
        let folded = SearchText.folded(prompt.text)
        guard !folded.isEmpty, !document.entries.isEmpty else { return nil }
        let named = CountryTable.code(for: prompt.text)
        var byCode: [String: Bool] = [:]
        func countryMatches(_ speaker: Speaker) -> Bool {
            guard let code = speaker.countryCode ?? speaker.country.flatMap(CountryTable.code(for:)) else { return false }
            if code == named { return true }
            if let known = byCode[code] { return known }
            let hit = CountryTable.names(of: code).contains { !SearchText($0).ranges(of: folded).isEmpty }
            byCode[code] = hit
            return hit
        }
        // With other language versions open, a statement also matches by its label there
        // (`Haley` finds `黑利夫人` beside the English version).
        let own = parallel?.version(of: document)
        func otherVersionMatches(_ e: Int) -> Bool {
            guard let parallel, let own, let row = parallel.row(of: e, in: own) else { return false }
            return parallel.versions.indices.contains { v in
                guard v != own, let other = parallel.alignment.rows[row][v] else { return false }
                let texts = parallel.versions[v].speakerTexts
                return texts.indices.contains(other) && !texts[other].ranges(of: folded).isEmpty
            }
        }
        let n = document.entries.count
        for step in 1...n {
            let e = (prompt.origin.entry + step) % n
            guard let speaker = document.entries[e].speaker else { continue }
            if !document.speakerTexts[e].ranges(of: folded).isEmpty || countryMatches(speaker) || otherVersionMatches(e) {
                return e
            }
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

    mutating func accept(_ prompt: Prompt) -> [Effect] {
        switch prompt.kind {
        case .search:
            guard !prompt.text.isEmpty else {
                // As in less: `/` and Enter alone repeats the last search, from where the reader is.
                guard let last = searchHistory.last else { return [] }
                if search?.query == last, search?.matches.isEmpty == false {
                    stepMatch(forward: true)
                } else {
                    runSearch(last)
                }
                return []
            }
            if searchHistory.last != prompt.text {
                searchHistory.removeAll { $0 == prompt.text }
                searchHistory.append(prompt.text)
                if searchHistory.count > 100 { searchHistory.removeFirst() }
            }
            runSearch(prompt.text)
        case .goTo:
            // `:q` quits, as in vim.
            if ["q", "q!", "quit", "qa", "wq", "x"].contains(prompt.text.trimmingBlanks()) { return [.quit] }
            let digits = prompt.text.filter { !$0.isWhitespace }
            let count = document.statementEntries.count
            guard let n = Prompt.statementNumber(prompt.text) else {
                if !digits.isEmpty { message = "not a statement number: \(digits)" }
                return []
            }
            guard n >= 1, n <= count else {
                message = count == 0 ? "this record has no statements" : "no statement \(n) (1–\(count))"
                return []
            }
            jump(toEntry: document.statementEntries[n - 1])
        case .speaker:
            guard speakerTarget(prompt) != nil else {
                restore(prompt.origin)
                if !prompt.text.isEmpty { message = "no speaker matches \(prompt.text)" }
                return []
            }
            let target = entry
            restore(prompt.origin)
            jump(toEntry: target)
        case .filter, .librarySearch:
            // The filter applies as it is typed; the search is run by `handlePrompt`.
            break
        }
        return []
    }
}

extension Prompt {
    /// `text` without its last word and the spaces after it (`C-w`); a run of ideographs
    /// without spaces counts as one word, as the shell's line editor counts it.
    static func deletingLastWord(_ text: String) -> String {
        var rest = Substring(text)
        while let last = rest.last, last.isWhitespace { rest.removeLast() }
        while let last = rest.last, !last.isWhitespace { rest.removeLast() }
        return String(rest)
    }

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
