import VerbatimKit

/// Searching the meeting and stepping through the matches.
extension AppState {
    /// Runs a search for `query` and shows the first match at or after the current place.
    mutating func runSearch(_ query: String) {
        let folded = SearchText.folded(query)
        guard !folded.isEmpty else {
            search = nil
            return
        }
        var matches: [TextPosition] = []
        for e in document.entries.indices {
            for (p, text) in document.searchTexts(of: e).enumerated() {
                for range in text.ranges(of: folded) {
                    matches.append(TextPosition(entry: e, paragraph: p, start: range.lowerBound, end: range.upperBound))
                }
            }
        }
        search = SearchState(query: query, matches: matches, current: nil)
        // With no match the status row's search part says so (`/query no match`).
        guard !matches.isEmpty else { return }
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
        if let current = search.current, search.matches.indices.contains(current), isOnScreen(search.matches[current]) {
            index = forward ? current + 1 : current - 1
        } else {
            // The reader has moved away from the last match (a jump, a scroll): the search goes
            // on from the text at the top of the pane, not from that match.
            let top = topPosition
            index = forward ? (search.matches.firstIndex { $0 >= top } ?? n) : (search.matches.lastIndex { $0 < top } ?? -1)
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
}
