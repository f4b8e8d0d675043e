/// A row of the reference sidebar: a group heading or a reference of the current entry.
public enum ReferenceRow: Equatable, Sendable {
    case heading(ReferenceKindGroup)
    /// The payload indexes the entry's references.
    case reference(Int)
}

extension Document {
    /// The sidebar rows of `entry`: each group's heading followed by its references.
    func referenceRows(_ entry: Int) -> [ReferenceRow] {
        guard entryReferences.indices.contains(entry) else { return [] }
        var rows: [ReferenceRow] = []
        var group: ReferenceKindGroup?
        for (i, ref) in entryReferences[entry].enumerated() {
            if ref.kind != group {
                rows.append(.heading(ref.kind))
                group = ref.kind
            }
            rows.append(.reference(i))
        }
        return rows
    }

    /// The entries that mention `key`, in reading order, each once.
    func citingEntries(_ key: String) -> [Int] {
        var result: [Int] = []
        for position in mentions[key] ?? [] where result.last != position.entry {
            result.append(position.entry)
        }
        return result
    }
}
