import VerbatimKit

/// What each action does to the state (the keys that trigger them are in `Keymap`).
extension AppState {
    mutating func perform(_ action: Action) -> [Effect] {
        if focus == .meetings, !AppState.meetingsListActions.contains(action) {
            message = "in the meetings list: Enter opens a meeting, / searches the library, ? lists the keys"
            return []
        }
        switch action {
        case .openMeeting, .sortMeetings, .filterMeetings, .searchLibrary, .citingMeetings, .countryStatements, .personStatements:
            return performLibrary(action)
        case .nextPane, .previousPane:
            let panes = layout.visiblePanes
            if let i = panes.firstIndex(of: focus), !panes.isEmpty {
                focus = panes[(i + (action == .nextPane ? 1 : panes.count - 1)) % panes.count]
            }
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown:
            if focus == .statement && scroll >= scrollLimited(scroll + 1) && entry + 1 < document.entries.count {
                entry += 1
                scroll = 0
                mention = nil
                speakerSelection = entry
                referenceSelection = followedRow(in: entry) ?? 0
            } else {
                move(by: max(1, pageSize - 1))
            }
        case .pageUp: move(by: -max(1, pageSize - 1))
        case .halfPageDown: move(by: max(1, pageSize / 2))
        case .halfPageUp: move(by: -max(1, pageSize / 2))
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .nextStatement:
            // The next statement; procedural lines in between are passed over (past the last
            // statement, the closing lines are still reached one by one).
            if let next = document.statementEntries.first(where: { $0 > entry }) {
                jump(toEntry: next)
            } else if entry + 1 < document.entries.count {
                jump(toEntry: entry + 1)
            } else {
                message = "last entry"
            }
        case .previousStatement:
            if let previous = document.statementEntries.last(where: { $0 < entry }) {
                jump(toEntry: previous)
            } else if entry > 0 {
                jump(toEntry: entry - 1)
            } else {
                message = "first entry"
            }
        case .openStatement:
            jump(toEntry: speakerSelection)
            focus = layout.visiblePanes.contains(.statement) ? .statement : focus
        case .goToStatement:
            prompt = Prompt(kind: .goTo, origin: location)
        case .speakerJump:
            prompt = Prompt(kind: .speaker, origin: location)
        case .overview:
            if overview == nil { openOverview() } else { overview = nil }
        case .follow, .nextMention:
            followMention(forward: true)
            revealMentionUnderFloatingSidebar()
        case .previousMention:
            followMention(forward: false)
            revealMentionUnderFloatingSidebar()
        case .citingStatements:
            guard let key = selectedReference else {
                message = noReferenceMessage
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
        case .nextPrimaryVersion: makeNextVersionPrimary()
        case .flipVersion: flipShownVersion()
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
        case .copyStatement:
            return copyStatementMarkdown()
        case .help:
            overlay = .help(top: 0)
        case .cancel:
            if focus == .meetings {
                setFilter("")
            } else if zoomed {
                zoomed = false
            } else if showReferences {
                showReferences = false
            } else if search != nil || mention != nil {
                search = nil
                mention = nil
            }
        case .toggleMouse:
            mouseCapture.toggle()
            message = mouseCapture
                ? "mouse: clicks and the wheel go to verbatim (m leaves them to the terminal)"
                : "mouse: left to the terminal, whose selection works (m takes it back)"
            return [.mouseCapture(mouseCapture)]
        case .zoom:
            zoomed.toggle()
            showReferences = false
            focus = .statement
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .quit: return [.quit]
        }
        return []
    }

    /// A sidebar floating over the statement would hide the mention just reached: it closes,
    /// and the statement takes the focus (`]` `[` go on from there, `r` brings the list back).
    mutating func revealMentionUnderFloatingSidebar() {
        guard mention != nil, showReferences, layout.referencesFloat else { return }
        showReferences = false
        focus = .statement
    }

    var pageSize: Int {
        focus == .statement ? statementHeight : innerHeight(focus)
    }

    /// Moves the focused pane: lines in the statement, the selection in the lists.
    mutating func move(by delta: Int) {
        switch focus {
        case .statement:
            let sum = scroll.addingReportingOverflow(delta)
            scroll = scrollLimited(sum.overflow ? (delta > 0 ? Int.max / 2 : 0) : sum.partialValue)
        case .speakers:
            speakerSelection = clampedAdd(speakerSelection, delta, count: document.entries.count)
        case .meetings:
            moveMeetings(by: delta)
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
}
