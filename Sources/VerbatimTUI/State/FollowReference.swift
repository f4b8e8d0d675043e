import VerbatimKit

/// Following a reference from mention to mention across the meeting.
extension AppState {
    /// Why a reference action has nothing to act on: the entry on show cites nothing, or no row is selected.
    var noReferenceMessage: String {
        document.entryReferences.indices.contains(entry) && document.entryReferences[entry].isEmpty
            ? "no references here" : "no reference selected"
    }

    /// Goes to the next (or previous) mention of the selected reference anywhere, wrapping around.
    mutating func followMention(forward: Bool) {
        guard let key = selectedReference else {
            message = noReferenceMessage
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
        message = "\(document.title(of: key)): mention \(index + 1) of \(n)" + (wrapped ? (forward ? ", wrapped to the first" : ", wrapped to the last") : "")
    }
}
