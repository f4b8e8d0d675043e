/// The rows that line up two or more language versions of one meeting: each row holds, for every
/// version, the index of one item (a statement, or any entry the caller aligns), or `nil` where
/// that version has no counterpart. Rows are in reading order; every item of every version is in
/// exactly one row.
public struct VersionAlignment: Equatable, Sendable {
    /// `rows[r][v]`: the item of version `v` in row `r`.
    public let rows: [[Int?]]

    /// Aligns versions with `counts[v]` items each. `matches(v, i, w, j)` says whether item `i` of
    /// version `v` can correspond to item `j` of version `w`. The first version is aligned with the
    /// second, then each further version with the rows so far (a row matches an item when its
    /// first filled version does).
    public init(counts: [Int], matches: (Int, Int, Int, Int) -> Bool) {
        guard let first = counts.first else {
            rows = []
            return
        }
        var rows: [[Int?]] = (0..<first).map { [$0] }
        for version in counts.indices.dropFirst() {
            let current = rows
            let pairs = SequenceAlignment.align(current.count, counts[version]) { r, j in
                guard let v = current[r].firstIndex(where: { $0 != nil }), let i = current[r][v] else { return false }
                return matches(v, i, version, j)
            }
            rows = pairs.map { pair in
                let base = pair.first.map { current[$0] } ?? [Int?](repeating: nil, count: version)
                return base + [pair.second]
            }
        }
        self.rows = rows
    }

    /// The statements of `records` aligned by the sequence of speakers (`SpeakerMatch`).
    public init(statementsOf records: [Record]) {
        self.init(counts: records.map(\.statements.count)) { v, i, w, j in
            SpeakerMatch.matches(
                records[v].statements[i].speaker, records[w].statements[j].speaker,
                sameLanguage: records[v].meeting.language == records[w].meeting.language)
        }
    }

    /// The row holding item `index` of `version`.
    public func row(of index: Int, in version: Int) -> Int? {
        rows.firstIndex { $0.indices.contains(version) && $0[version] == index }
    }

    /// The rows in which every version has an item.
    public var completeRows: Int {
        rows.filter { $0.allSatisfy { $0 != nil } }.count
    }
}
