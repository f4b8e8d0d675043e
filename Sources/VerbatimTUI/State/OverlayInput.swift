import VerbatimKit

/// Keys while the help screen or the citing list is shown.
extension AppState {
    mutating func handleOverlay(_ overlay: Overlay, _ pressed: Key) -> [Effect] {
        switch overlay {
        case .found(let selection, let top):
            return handleFound(pressed, selection: selection, top: top)
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
                revealMentionUnderFloatingSidebar()
                if let all = document.mentions[key], let i = all.firstIndex(of: first) {
                    message = "\(document.title(of: key)): mention \(i + 1) of \(all.count)"
                }
            case .control("l"): return [.redraw]
            case .control("z"): return [.suspend]
            default: break
            }
        }
        return []
    }
}
