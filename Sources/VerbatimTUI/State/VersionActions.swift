import VerbatimKit

/// The keys of the parallel view: `L` makes the next version the primary one, `v` (on a screen
/// too narrow for columns) shows the next version in place.
extension AppState {
    /// The next version becomes the one read: its entry in the row on show (else the nearest),
    /// at the same scroll when it has one there; its speakers and references fill the other panes.
    /// The search is of the previous version and is cleared; a followed reference stays followed
    /// when this version cites it too.
    mutating func makeNextVersionPrimary() {
        guard let (parallel, primary) = activeParallel else {
            message = "one version open: give several files of one meeting to read them side by side"
            return
        }
        let next = (primary + 1) % parallel.versions.count
        guard let row = parallel.row(of: entry, in: primary), let target = parallel.entry(near: row, in: next) else {
            message = "\(parallel.label(of: next)) has no entries"
            return
        }
        let sameRow = parallel.alignment.rows[row][next] == target
        let keptScroll = scroll
        let keptFollowed = followed
        let keptFocus = focus
        let keptShown = showReferences
        load(parallel.versions[next])
        entry = target
        speakerSelection = target
        scroll = sameRow ? keptScroll : 0
        focus = keptFocus
        showReferences = keptShown
        if let keptFollowed, document.mentions[keptFollowed] != nil {
            followed = keptFollowed
            referenceSelection = followedRow(in: target) ?? 0
        }
        self.parallel?.shown = nil
        message = "primary version: \(parallel.label(of: next))"
            + (sameRow ? "" : " (no counterpart here; nearest entry)")
    }

    /// Shows the next version in the single column of a narrow screen, at the same place.
    mutating func flipShownVersion() {
        guard let (parallel, primary) = activeParallel else {
            message = "one version open: give several files of one meeting to read them side by side"
            return
        }
        guard parallelColumnCount == 1 else {
            message = "every version is shown (v flips them below \(ParallelState.columnsMinimumWidth) columns)"
            return
        }
        let next = ((parallel.shown ?? primary) + 1) % parallel.versions.count
        self.parallel?.shown = next == primary ? nil : next
        message = "showing \(parallel.label(of: next))" + (next == primary ? " (primary)" : "")
    }
}
