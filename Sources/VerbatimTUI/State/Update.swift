import VerbatimKit

extension AppState {
    /// Applies one event; returns the work the runtime must do. Pure: no I/O, no clock.
    mutating func apply(_ event: Event) -> [Effect] {
        var effects: [Effect] = []
        switch event {
        case .resize(let newSize):
            resize(to: newSize)
        case .notice(let text):
            message = text
        case .recordOpened(let record, let path):
            pushHistory()
            load(Document(record: record, path: path))
            message = "opened \(document.name)"
        case .mouse(let mouse):
            message = nil
            handleMouse(mouse)
        case .key(let key):
            message = nil
            if key == .control("c") { return [.quit] }
            if prompt != nil {
                handlePrompt(key)
            } else if let overlay {
                effects = handleOverlay(overlay, key)
            } else if let action = Keymap.action(for: key, in: focus) {
                effects = perform(action)
            }
        }
        clamp()
        return effects
    }

    // MARK: - Geometry

    var layout: Layout { Layout(size: size, showReferences: showReferences) }

    /// The current entry wrapped to the statement pane's width.
    func statementLayout(_ entry: Int? = nil, width: Int? = nil) -> StatementLayout? {
        let e = entry ?? self.entry
        guard document.entries.indices.contains(e) else { return nil }
        return document.layouts.layout(document, entry: e, width: width ?? layout.statementText.width)
    }

    var statementHeight: Int { max(1, layout.statementText.height) }

    var maxScroll: Int {
        max(0, (statementLayout()?.lines.count ?? 0) - statementHeight)
    }

    func innerHeight(_ pane: PaneID) -> Int {
        guard let box = layout.box(pane) else { return 1 }
        return max(1, Layout.inner(box).height)
    }

    /// Keeps every index and offset in range and the selections in view.
    mutating func clamp() {
        let count = document.entries.count
        entry = count == 0 ? 0 : min(max(0, entry), count - 1)
        scroll = min(max(0, scroll), maxScroll)
        speakerSelection = count == 0 ? 0 : min(max(0, speakerSelection), count - 1)
        speakerTop = AppState.keepVisible(speakerSelection, top: speakerTop, height: innerHeight(.speakers), count: count)
        let refs = document.entryReferences.indices.contains(entry) ? document.entryReferences[entry].count : 0
        referenceSelection = refs == 0 ? 0 : min(max(0, referenceSelection), refs - 1)
        let rows = document.referenceRows(entry)
        let selectedRow = rows.firstIndex(of: .reference(referenceSelection)) ?? 0
        referenceTop = AppState.keepVisible(selectedRow, top: referenceTop, height: innerHeight(.references), count: rows.count)
        if referenceTop == 1, selectedRow <= innerHeight(.references) - 1 { referenceTop = 0 }
        if !layout.visiblePanes.contains(focus) { focus = .statement }
        switch overlay {
        case .help(let top):
            let lines = HelpPane.lines().count
            overlay = .help(top: min(max(0, top), max(0, lines - HelpPane.visibleRows(size: size))))
        case .citing(let key, let selection, let top):
            let n = document.citingEntries(key).count
            let s = n == 0 ? 0 : min(max(0, selection), n - 1)
            overlay = .citing(key: key, selection: s, top: AppState.keepVisible(s, top: top, height: CitingPane.visibleRows(size: size), count: n))
        case nil: break
        }
    }

    /// A list's first visible row that keeps `selection` on screen.
    static func keepVisible(_ selection: Int, top: Int, height: Int, count: Int) -> Int {
        let height = max(1, height)
        var top = min(max(0, top), max(0, count - height))
        if selection < top { top = selection }
        if selection >= top + height { top = selection - height + 1 }
        return max(0, top)
    }

    /// On a resize, keeps the text at the top of the statement pane there.
    mutating func resize(to newSize: Size) {
        guard newSize != size else { return }
        let anchor = topPosition
        size = newSize
        if let layout = statementLayout(), anchor.paragraph >= 0 {
            scroll = layout.line(paragraph: anchor.paragraph, offset: anchor.start)
        } else if anchor.paragraph < 0 {
            scroll = 0
        }
    }

    // MARK: - Positions

    /// The place shown at the top of the statement pane.
    var topPosition: TextPosition {
        guard let layout = statementLayout(), layout.lines.indices.contains(scroll) else {
            return TextPosition(entry: entry, paragraph: -1, start: 0, end: 0)
        }
        let line = layout.lines[scroll]
        switch line.kind {
        case .text: return TextPosition(entry: entry, paragraph: line.paragraph, start: line.start, end: line.start)
        case .heading, .meta: return TextPosition(entry: entry, paragraph: -1, start: 0, end: 0)
        case .note, .paragraphBreak: return TextPosition(entry: entry, paragraph: line.paragraph, start: 0, end: 0)
        }
    }

    var location: Location {
        Location(document: document, entry: entry, scroll: scroll, mention: mention, followed: followed, referenceSelection: referenceSelection)
    }

    mutating func restore(_ location: Location) {
        if location.document !== document {
            let shown = showReferences
            load(location.document)
            showReferences = shown
        }
        entry = location.entry
        scroll = location.scroll
        mention = location.mention
        followed = location.followed
        referenceSelection = location.referenceSelection
        speakerSelection = entry
    }

    mutating func pushHistory() {
        backStack.append(location)
        if backStack.count > 500 { backStack.removeFirst(backStack.count - 500) }
        forwardStack.removeAll()
    }

    /// Shows `entry` from its top, as a jump that `back` can undo.
    mutating func jump(toEntry target: Int) {
        guard document.entries.indices.contains(target) else { return }
        if target != entry || scroll != 0 { pushHistory() }
        entry = target
        scroll = 0
        mention = nil
        speakerSelection = target
        referenceSelection = followedRow(in: target) ?? 0
    }

    /// Shows `position`, scrolling only when it is not already in view.
    mutating func reveal(_ position: TextPosition) {
        let sameEntry = position.entry == entry
        entry = position.entry
        speakerSelection = entry
        guard let layout = statementLayout() else { return }
        let line = layout.line(paragraph: position.paragraph, offset: position.start)
        if sameEntry && line >= scroll && line < scroll + statementHeight { return }
        scroll = max(0, line - min(2, statementHeight / 3))
    }

    /// The row of the followed reference among `entry`'s references.
    func followedRow(in entry: Int) -> Int? {
        guard let followed, document.entryReferences.indices.contains(entry) else { return nil }
        return document.entryReferences[entry].firstIndex { $0.key == followed }
    }

    /// The reference the reference keys act on: the sidebar's selection, else the one followed.
    var selectedReference: String? {
        if document.entryReferences.indices.contains(entry) {
            let refs = document.entryReferences[entry]
            if refs.indices.contains(referenceSelection) { return refs[referenceSelection].key }
        }
        return followed
    }

    // MARK: - Actions

    mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .nextPane, .previousPane:
            let panes = layout.visiblePanes
            if let i = panes.firstIndex(of: focus), !panes.isEmpty {
                focus = panes[(i + (action == .nextPane ? 1 : panes.count - 1)) % panes.count]
            }
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown:
            if focus == .statement && scroll >= maxScroll && entry + 1 < document.entries.count {
                entry += 1
                scroll = 0
                mention = nil
                speakerSelection = entry
                referenceSelection = followedRow(in: entry) ?? 0
            } else {
                move(by: max(1, pageSize - 1))
            }
        case .pageUp: move(by: -max(1, pageSize - 1))
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .nextStatement:
            if entry + 1 < document.entries.count { jump(toEntry: entry + 1) } else { message = "last entry" }
        case .previousStatement:
            if entry > 0 { jump(toEntry: entry - 1) } else { message = "first entry" }
        case .openStatement:
            jump(toEntry: speakerSelection)
            focus = layout.visiblePanes.contains(.statement) ? .statement : focus
        case .goToStatement:
            prompt = Prompt(kind: .goTo, origin: location)
        case .speakerJump:
            prompt = Prompt(kind: .speaker, origin: location)
        case .follow, .nextMention:
            followMention(forward: true)
        case .previousMention:
            followMention(forward: false)
        case .citingStatements:
            guard let key = selectedReference else {
                message = "no reference selected"
                break
            }
            let rows = document.citingEntries(key)
            overlay = .citing(key: key, selection: rows.firstIndex(of: entry) ?? 0, top: 0)
        case .openLink:
            return openLink()
        case .openRecord:
            return openRecord()
        case .toggleReferences:
            if layout.referencesFloat || layout.references == nil {
                showReferences.toggle()
                focus = showReferences ? .references : (focus == .references ? .statement : focus)
            } else {
                focus = focus == .references ? .statement : .references
            }
        case .search:
            prompt = Prompt(kind: .search, origin: location)
        case .nextMatch: stepMatch(forward: true)
        case .previousMatch: stepMatch(forward: false)
        case .back:
            guard let previous = backStack.popLast() else {
                message = "nothing to go back to"
                break
            }
            forwardStack.append(location)
            restore(previous)
        case .forward:
            guard let next = forwardStack.popLast() else {
                message = "nothing to go forward to"
                break
            }
            backStack.append(location)
            restore(next)
        case .copyCitation:
            return copyCitation()
        case .help:
            overlay = .help(top: 0)
        case .cancel:
            if showReferences {
                showReferences = false
            } else if search != nil || mention != nil {
                search = nil
                mention = nil
            }
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .quit: return [.quit]
        }
        return []
    }

    var pageSize: Int {
        focus == .statement ? statementHeight : innerHeight(focus)
    }

    /// Moves the focused pane: lines in the statement, the selection in the lists.
    mutating func move(by delta: Int) {
        switch focus {
        case .statement:
            scroll = min(max(0, scroll + delta), maxScroll)
        case .speakers:
            speakerSelection = clampedAdd(speakerSelection, delta, count: document.entries.count)
        case .references:
            let count = document.entryReferences.indices.contains(entry) ? document.entryReferences[entry].count : 0
            referenceSelection = clampedAdd(referenceSelection, delta, count: count)
        }
    }

    func clampedAdd(_ value: Int, _ delta: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        let sum = value.addingReportingOverflow(delta)
        if sum.overflow { return delta > 0 ? count - 1 : 0 }
        return min(max(0, sum.partialValue), count - 1)
    }

    /// Goes to the next (or previous) mention of the selected reference anywhere, wrapping around.
    mutating func followMention(forward: Bool) {
        guard let key = selectedReference else {
            message = document.entryReferences.indices.contains(entry) && document.entryReferences[entry].isEmpty
                ? "no references here" : "no reference selected"
            return
        }
        guard let mentions = document.mentions[key], !mentions.isEmpty else { return }
        let n = mentions.count
        var index: Int
        var wrapped = false
        if let current = mention, followed == key, let i = mentions.firstIndex(of: current) {
            index = forward ? i + 1 : i - 1
        } else {
            let top = topPosition
            if forward {
                index = mentions.firstIndex { $0 >= top } ?? n
            } else {
                index = (mentions.lastIndex { $0 < top } ?? -1)
            }
        }
        if index >= n { index = 0; wrapped = true }
        if index < 0 { index = n - 1; wrapped = true }
        pushHistory()
        mention = mentions[index]
        followed = key
        reveal(mentions[index])
        referenceSelection = followedRow(in: entry) ?? 0
        message = "\(key): mention \(index + 1)/\(n)" + (wrapped ? (forward ? ", wrapped to the first" : ", wrapped to the last") : "")
    }

    /// Runs a search for `query` and shows the first match at or after the current place.
    mutating func runSearch(_ query: String) {
        let folded = SearchText.folded(query)
        guard !folded.isEmpty else {
            search = nil
            return
        }
        var matches: [TextPosition] = []
        for (e, texts) in document.searchTexts.enumerated() {
            for (p, text) in texts.enumerated() {
                for range in text.ranges(of: folded) {
                    matches.append(TextPosition(entry: e, paragraph: p, start: range.lowerBound, end: range.upperBound))
                }
            }
        }
        search = SearchState(query: query, matches: matches, current: nil)
        guard !matches.isEmpty else {
            message = "no match for \(query)"
            return
        }
        let top = topPosition
        let index = matches.firstIndex { $0 >= top } ?? 0
        showMatch(index)
    }

    mutating func showMatch(_ index: Int) {
        guard let matches = search?.matches, matches.indices.contains(index) else { return }
        pushHistory()
        search?.current = index
        mention = nil
        reveal(matches[index])
        referenceSelection = followedRow(in: entry) ?? 0
    }

    mutating func stepMatch(forward: Bool) {
        guard let search, !search.matches.isEmpty else {
            message = search == nil ? "no search: type / and the text" : "no match for \(search!.query)"
            return
        }
        let n = search.matches.count
        var index: Int
        if let current = search.current {
            index = forward ? current + 1 : current - 1
        } else {
            let top = topPosition
            index = forward ? (search.matches.firstIndex { $0 >= top } ?? 0) : (search.matches.lastIndex { $0 < top } ?? n - 1)
        }
        if index >= n {
            index = 0
            message = "search wrapped to the first match"
        } else if index < 0 {
            index = n - 1
            message = "search wrapped to the last match"
        }
        showMatch(index)
    }

    // MARK: - Effects

    mutating func openLink() -> [Effect] {
        guard let key = selectedReference else {
            message = "no reference selected"
            return []
        }
        if let url = document.url(of: key) {
            message = "opening \(url)"
            return [.openURL(url)]
        }
        if document.kind(of: key) == .instrument {
            message = "\(key) is an instrument: it has no document link"
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
            message = "no reference selected"
            return []
        }
        guard let kind = document.kind(of: key), kind != .instrument, key.contains("/") else {
            message = "\(key) is not a document symbol"
            return []
        }
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
        guard let layout = statementLayout() else { return nil }
        let visible = scroll..<(scroll + statementHeight)
        for position in [mention, search?.current.map { search!.matches[$0] }].compactMap({ $0 }) where position.entry == entry {
            if visible.contains(layout.line(paragraph: position.paragraph, offset: position.start)) { return position.paragraph }
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

    // MARK: - Prompts

    mutating func handlePrompt(_ key: Key) {
        guard var prompt else { return }
        switch key {
        case .escape:
            if prompt.kind == .speaker { restore(prompt.origin) }
            self.prompt = nil
            return
        case .enter:
            self.prompt = nil
            accept(prompt)
            return
        case .backspace, .delete:
            if prompt.text.isEmpty {
                if prompt.kind == .speaker { restore(prompt.origin) }
                self.prompt = nil
                return
            }
            prompt.text.removeLast()
        case .character(let c):
            prompt.text.append(c)
        default:
            return
        }
        self.prompt = prompt
        if prompt.kind == .speaker { speakerPreview(prompt) }
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
            guard let n = Int(digits.map { c -> Character in
                guard let v = c.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(v) else { return c }
                return Character(Unicode.Scalar(v - 0xFEE0)!)
            }.map(String.init).joined()) else {
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
        }
    }

    // MARK: - Overlays

    mutating func handleOverlay(_ overlay: Overlay, _ pressed: Key) -> [Effect] {
        switch overlay {
        case .help(let top):
            let page = max(1, HelpPane.visibleRows(size: size) - 1)
            switch pressed {
            case .escape, .character("q"), .character("?"), .enter: self.overlay = nil
            case .character("j"), .down: self.overlay = .help(top: top + 1)
            case .character("k"), .up: self.overlay = .help(top: top - 1)
            case .character(" "), .pageDown: self.overlay = .help(top: top + page)
            case .character("b"), .pageUp: self.overlay = .help(top: top - page)
            case .character("g"), .home: self.overlay = .help(top: 0)
            case .character("G"), .end: self.overlay = .help(top: Int.max / 2)
            case .control("l"): return [.redraw]
            case .control("z"): return [.suspend]
            default: break
            }
        case .citing(let key, let selection, let top):
            let rows = document.citingEntries(key)
            let page = max(1, CitingPane.visibleRows(size: size) - 1)
            switch pressed {
            case .escape, .character("q"), .character("c"): self.overlay = nil
            case .character("j"), .down: self.overlay = .citing(key: key, selection: selection + 1, top: top)
            case .character("k"), .up: self.overlay = .citing(key: key, selection: selection - 1, top: top)
            case .character(" "), .pageDown: self.overlay = .citing(key: key, selection: selection + page, top: top)
            case .character("b"), .pageUp: self.overlay = .citing(key: key, selection: selection - page, top: top)
            case .character("g"), .home: self.overlay = .citing(key: key, selection: 0, top: top)
            case .character("G"), .end: self.overlay = .citing(key: key, selection: rows.count - 1, top: top)
            case .enter:
                self.overlay = nil
                guard rows.indices.contains(selection) else { return [] }
                let target = rows[selection]
                guard let first = document.mentions[key]?.first(where: { $0.entry == target }) else { return [] }
                pushHistory()
                followed = key
                mention = first
                if target != entry { scroll = 0 }
                reveal(first)
                referenceSelection = followedRow(in: entry) ?? 0
            case .control("l"): return [.redraw]
            case .control("z"): return [.suspend]
            default: break
            }
        }
        return []
    }

    // MARK: - Mouse

    mutating func handleMouse(_ mouse: MouseEvent) {
        let layout = self.layout
        let point = mouse.position
        if let overlay {
            switch (overlay, mouse.action) {
            case (.help(let top), .wheelUp): self.overlay = .help(top: top - 3)
            case (.help(let top), .wheelDown): self.overlay = .help(top: top + 3)
            case (.help, .press): self.overlay = nil
            case (.citing(let key, let selection, let top), .wheelUp): self.overlay = .citing(key: key, selection: selection - 3, top: top)
            case (.citing(let key, let selection, let top), .wheelDown): self.overlay = .citing(key: key, selection: selection + 3, top: top)
            case (.citing(let key, _, let top), .press):
                let box = CitingPane.box(size: size)
                let inner = Layout.inner(box)
                if inner.contains(point) {
                    self.overlay = .citing(key: key, selection: top + point.y - inner.y, top: top)
                } else if !box.contains(point) {
                    self.overlay = nil
                }
            }
            return
        }
        // A floating sidebar is on top of the statement pane.
        let order: [PaneID] = layout.referencesFloat ? [.references, .speakers, .statement] : [.speakers, .statement, .references]
        guard let pane = order.first(where: { layout.box($0)?.contains(point) == true }), let box = layout.box(pane) else { return }
        let inner = Layout.inner(box)
        switch mouse.action {
        case .wheelUp, .wheelDown:
            let delta = mouse.action == .wheelUp ? -3 : 3
            let saved = focus
            focus = pane
            move(by: delta)
            focus = saved
        case .press:
            focus = pane
            guard inner.contains(point) else { return }
            let row = point.y - inner.y
            switch pane {
            case .speakers:
                // A click selects; a click on the row already selected opens it.
                guard speakerTop + row < document.entries.count else { return }
                if speakerSelection == speakerTop + row && entry != speakerSelection {
                    jump(toEntry: speakerSelection)
                } else {
                    speakerSelection = speakerTop + row
                }
            case .references:
                let rows = document.referenceRows(entry)
                if rows.indices.contains(referenceTop + row), case .reference(let i) = rows[referenceTop + row] {
                    referenceSelection = i
                }
            case .statement:
                selectMention(at: point, inner: inner)
            }
        }
    }

    /// A click on a citation in the statement pane selects that mention.
    mutating func selectMention(at point: Point, inner: Rect) {
        let area = Layout.textArea(inner)
        guard let layout = statementLayout(), area.contains(point) else { return }
        let index = scroll + point.y - area.y
        guard layout.lines.indices.contains(index), layout.lines[index].kind == .text else { return }
        let line = layout.lines[index]
        var x = area.x
        var offset = line.start
        for character in line.text {
            let w = DisplayWidth.standard.of(character)
            if point.x < x + max(w, 1) { break }
            x += w
            offset += character.unicodeScalars.count
        }
        let paragraph = document.entries[entry].paragraphs[line.paragraph]
        guard let citation = paragraph.citations.first(where: { $0.start <= offset && offset < $0.end }) else { return }
        let key = Document.key(of: citation)
        mention = TextPosition(entry: entry, paragraph: line.paragraph, start: citation.start, end: citation.end)
        followed = key
        referenceSelection = followedRow(in: entry) ?? referenceSelection
    }
}
