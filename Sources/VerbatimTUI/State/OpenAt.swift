import VerbatimKit

/// Opening the record at a place: a statement, or a reference's first mention (`--at`, and
/// `Enter` in the overview).
extension AppState {
    /// Shows statement `number` (1-based) from its top, leaving the overview; `false` when there
    /// is no such statement.
    @discardableResult
    public mutating func open(atStatement number: Int) -> Bool {
        guard number >= 1, number <= document.statementEntries.count else { return false }
        let target = document.statementEntries[number - 1]
        pushHistory()
        overview = nil
        entry = target
        scroll = 0
        mention = nil
        speakerSelection = target
        referenceSelection = followedRow(in: target) ?? 0
        focus = layout.visiblePanes.contains(.statement) ? .statement : focus
        clamp()
        return true
    }

    /// Shows the first mention of the reference `key` (an id such as `S/RES/1540 (2004)`, or an
    /// instrument's name), highlighted and followed, leaving the overview; `false` when the
    /// record never mentions it.
    @discardableResult
    public mutating func open(atReference key: String) -> Bool {
        guard let found = referenceKey(matching: key), let first = document.mentions[found]?.first else { return false }
        pushHistory()
        overview = nil
        followed = found
        mention = first
        reveal(first)
        referenceSelection = followedRow(in: entry) ?? 0
        focus = layout.visiblePanes.contains(.statement) ? .statement : focus
        message = "\(document.title(of: found)): mention 1/\(document.mentions[found]?.count ?? 1)"
        clamp()
        return true
    }

    /// The key of the reference that `text` names: an id as indexed, the same id written with
    /// other spacing or case (`S/RES/1540(2004)`), or an instrument's name.
    func referenceKey(matching text: String) -> String? {
        if document.mentions[text] != nil { return text }
        let squeezed = { (s: String) in String(s.filter { !$0.isWhitespace }).uppercased() }
        let wanted = squeezed(text)
        if let key = document.mentions.keys.sorted().first(where: { squeezed($0) == wanted }) { return key }
        let bare = text.trimmingScalars(where: { $0 == "《" || $0 == "》" })
        return document.record.references.first { $0.names.contains(bare) }?.id
    }

    /// Opens at `place`: a statement number (`7`) or a reference (`S/RES/1540 (2004)`), as
    /// `--at` gives it; `false` when the record has no such statement and never cites such a
    /// reference.
    @discardableResult
    public mutating func open(at place: String) -> Bool {
        let trimmed = place.trimmingBlanks()
        if let number = Int(trimmed) { return open(atStatement: number) }
        return open(atReference: trimmed)
    }
}
