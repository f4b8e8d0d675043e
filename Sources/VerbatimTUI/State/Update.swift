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
        case .ambiguousWidthProbed(let answer):
            // The text at the top of the statement pane stays there, wrapped anew.
            let anchor = topPosition
            if probed(answer) {
                if anchor.paragraph >= 0, let layout = statementLayout(need: .paragraph(anchor.paragraph)) {
                    scroll = layout.line(paragraph: anchor.paragraph, offset: anchor.start)
                }
                effects = [.redraw]
            }
        case .recordOpened(let record, let path):
            pushHistory()
            load(Document(record: record, path: path))
            overview = initialOverview
            message = "opened \(document.name)"
        case .libraryLoaded(let meetings, let warnings, let indexing):
            libraryLoaded(meetings, warnings: warnings, indexing: indexing)
        case .indexing(let progress):
            library?.progress = progress
        case .meetingOpened(let versions, let place, let elsewhere):
            openFromLibrary(versions, place: place, elsewhere: elsewhere)
        case .found(let list):
            showFound(list)
        case .mouse(let mouse):
            message = nil
            if focus == .meetings, overlay == nil {
                effects = handleMeetingsMouse(mouse)
            } else if !handleOverviewMouse(mouse) {
                let before = OverviewMark(self)
                handleMouse(mouse)
                leaveOverviewIfMoved(since: before)
            }
        case .key(let key):
            message = nil
            if key == .control("c") { return [.quit] }
            if prompt != nil {
                let before = OverviewMark(self)
                effects = handlePrompt(key)
                // A cancelled prompt has put back where it opened (overview included).
                if prompt != nil || key == .enter { leaveOverviewIfMoved(since: before) }
            } else if let overlay {
                effects = handleOverlay(overlay, key)
            } else if key == .enter, focus == .statement, let cursor = overview {
                count = nil
                goToOverviewTarget(overviewLines, cursor.selection)
            } else if let digit = countDigit(key) {
                count = min(99_999, (count ?? 0) * 10 + digit)
                message = "count \(count ?? 0)"
            } else if let action = keyBindings.action(for: key, in: focus) {
                let times = count ?? 1
                count = nil
                if overview != nil, handleOverview(action) {
                    // Handled by the overview.
                } else {
                    effects = performLeavingOverview(action, times: times)
                }
            } else {
                count = nil
                message = AppState.unknownKeyMessage
            }
        }
        clamp()
        return effects
    }

    // MARK: - Geometry

    var layout: Layout { Layout(size: size, showReferences: showReferences, zoomed: zoomed, measure: textMeasure) }

    /// The cap on the statement text's width: none when zoomed, or for the overview, which
    /// uses every column it has.
    var textMeasure: Int? { zoomed || overview != nil ? nil : measure }

    /// The current entry wrapped to the statement pane's width.
    /// `need` says how far it must be wrapped (by default, all of it).
    func statementLayout(_ entry: Int? = nil, width: Int? = nil, need: LayoutCache.Need = .all) -> StatementLayout? {
        let e = entry ?? self.entry
        guard document.entries.indices.contains(e) else { return nil }
        if e == self.entry, width == nil, let column = parallelColumnWidth, let padded = parallelLayout(width: column) {
            return padded
        }
        return document.layouts.layout(document, entry: e, width: width ?? layout.statementText.width, displayWidth: displayWidth, need: need)
    }

    var statementHeight: Int { max(1, layout.statementText.height) }

    /// The last first line the statement pane can show (wraps the whole entry).
    var maxScroll: Int {
        max(0, (statementLayout()?.lines.count ?? 0) - statementHeight)
    }

    /// `target` as a first line of the statement pane, kept in range; wraps only as far as needed
    /// to know.
    func scrollLimited(_ target: Int) -> Int {
        let height = statementHeight
        let wanted = target >= Int.max / 4 ? LayoutCache.Need.all : .lines(max(0, target) + height + 1)
        guard let layout = statementLayout(need: wanted) else { return 0 }
        return min(max(0, target), max(0, layout.lines.count - height))
    }

    func innerHeight(_ pane: PaneID) -> Int {
        guard let box = layout.box(pane) else { return 1 }
        return max(1, Layout.inner(box).height)
    }

    /// Keeps every index and offset in range and the selections in view.
    mutating func clamp() {
        let count = document.entries.count
        entry = count == 0 ? 0 : min(max(0, entry), count - 1)
        scroll = scrollLimited(scroll)
        speakerSelection = count == 0 ? 0 : min(max(0, speakerSelection), count - 1)
        speakerTop = AppState.keepVisible(speakerSelection, top: speakerTop, height: innerHeight(.speakers), count: count)
        let refs = document.entryReferences.indices.contains(entry) ? document.entryReferences[entry].count : 0
        referenceSelection = refs == 0 ? 0 : min(max(0, referenceSelection), refs - 1)
        let rows = document.referenceRows(entry)
        let selectedRow = rows.firstIndex(of: .reference(referenceSelection)) ?? 0
        referenceTop = AppState.keepVisible(selectedRow, top: referenceTop, height: innerHeight(.references), count: rows.count)
        if referenceTop == 1, selectedRow <= innerHeight(.references) - 1 { referenceTop = 0 }
        if library?.listShown != true, focus == .meetings { focus = .statement }
        if focus != .meetings, !layout.visiblePanes.contains(focus) { focus = .statement }
        library?.clamp(height: MeetingsPane.visibleRows(size: size))
        clampOverview()
        switch overlay {
        case .help(let top):
            let lines = HelpPane.rows(size: size, for: self).count
            overlay = .help(top: min(max(0, top), max(0, lines - HelpPane.visibleRows(size: size))))
        case .citing(let key, let selection, let top):
            let n = document.citingEntries(key).count
            let s = n == 0 ? 0 : min(max(0, selection), n - 1)
            overlay = .citing(key: key, selection: s, top: AppState.keepVisible(s, top: top, height: CitingPane.visibleRows(size: size), count: n))
        case .found(let selection, let top):
            let n = library?.found?.rows.count ?? 0
            let s = n == 0 ? 0 : min(max(0, selection), n - 1)
            overlay = .found(selection: s, top: AppState.keepVisible(s, top: top, height: FoundPane.visibleRows(size: size), count: n))
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
        // The highlighted mention or current match, when it is on screen, stays on screen.
        let marked = highlightedPosition.flatMap { isOnScreen($0) ? $0 : nil }
        size = newSize
        if anchor.paragraph >= 0, let layout = statementLayout(need: .paragraph(anchor.paragraph)) {
            scroll = layout.line(paragraph: anchor.paragraph, offset: anchor.start)
        } else if anchor.paragraph < 0 {
            scroll = 0
        }
        if let marked, !isOnScreen(marked), let layout = statementLayout(need: .paragraph(marked.paragraph)) {
            let line = layout.line(paragraph: marked.paragraph, offset: marked.start)
            scroll = scrollLimited(max(0, line - min(2, statementHeight / 3)))
        }
    }

    /// The mention being followed, else the current search match, when it is in the entry on show.
    var highlightedPosition: TextPosition? {
        let current = search.flatMap { s in s.current.flatMap { s.matches.indices.contains($0) ? s.matches[$0] : nil } }
        return [mention, current].compactMap { $0 }.first { $0.entry == entry && $0.paragraph >= 0 }
    }

    /// True when the first line of `position` is within the statement pane's rows at this size.
    func isOnScreen(_ position: TextPosition) -> Bool {
        guard position.entry == entry, let layout = statementLayout(need: .paragraph(position.paragraph)) else { return false }
        let line = layout.line(paragraph: position.paragraph, offset: position.start)
        let top = scrollLimited(scroll)
        return line >= top && line < top + statementHeight
    }

    // MARK: - Positions

    /// The place shown at the top of the statement pane.
    var topPosition: TextPosition {
        guard let layout = statementLayout(need: .lines(scroll + 1)), layout.lines.indices.contains(scroll) else {
            return TextPosition(entry: entry, paragraph: -1, start: 0, end: 0)
        }
        let line = layout.lines[scroll]
        switch line.kind {
        case .text: return TextPosition(entry: entry, paragraph: line.paragraph, start: line.start, end: line.start)
        case .heading, .meta: return TextPosition(entry: entry, paragraph: -1, start: 0, end: 0)
        case .note, .paragraphBreak, .pageBreak: return TextPosition(entry: entry, paragraph: line.paragraph, start: 0, end: 0)
        }
    }

    var location: Location {
        Location(
            document: document, entry: entry, scroll: scroll, mention: mention, followed: followed,
            referenceSelection: referenceSelection, overview: overview,
            meetingsList: library?.listShown ?? false, parallel: parallel)
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
        overview = location.overview
        speakerSelection = entry
        // Another meeting's versions come back with it; within one meeting the view is kept.
        if parallel?.version(of: location.document) == nil { parallel = location.parallel }
        if library != nil {
            library?.listShown = location.meetingsList
            focus = location.meetingsList ? .meetings : (focus == .meetings ? .statement : focus)
        }
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
        guard let layout = statementLayout(need: .paragraph(position.paragraph)) else { return }
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
}
