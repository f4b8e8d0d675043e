/// The paragraphs of one statement in two or more versions, put into groups that say the same
/// thing: one to one when the versions have as many paragraphs, otherwise by length. Paragraph
/// lengths are taken as shares of the statement's text (translations differ in length, but a
/// paragraph keeps about its share), and the groups are the cheapest split where each group's
/// shares differ least. A group may hold one paragraph on one side and two, or none, on the other.
public enum ParagraphAlignment {
    /// One group: a range of paragraphs in each version (empty where that version has none).
    public typealias Group = [Range<Int>]

    /// Groups for versions whose paragraphs have the given lengths (`lengths[v][p]`, in any unit,
    /// e.g. characters). The groups tile every version's paragraphs in order.
    public static func groups(lengths: [[Int]]) -> [Group] {
        guard let reference = lengths.first else { return [] }
        let counts = lengths.map(\.count)
        if counts.allSatisfy({ $0 == reference.count }) {
            return (0..<reference.count).map { p in counts.map { _ in p..<(p + 1) } }
        }
        guard !reference.isEmpty else { return [counts.map { 0..<$0 }] }
        // Each other version against the first: where, in the first version's paragraphs, a group
        // may end, and where the other version is then.
        var ends: [[Int: Int]] = []
        for other in lengths.dropFirst() {
            var map: [Int: Int] = [:]
            var r = 0, x = 0
            for pair in pairs(reference, other) {
                r = pair.0.upperBound
                x = pair.1.upperBound
                map[r] = max(map[r] ?? 0, x)
            }
            ends.append(map)
        }
        var common = Set(ends.first?.keys.map { $0 } ?? [])
        for map in ends.dropFirst() { common.formIntersection(map.keys) }
        common.insert(reference.count)
        let boundaries = [0] + common.filter { $0 > 0 }.sorted()
        var groups: [Group] = []
        for k in 1..<boundaries.count {
            let low = boundaries[k - 1], high = boundaries[k]
            var group: Group = [low..<high]
            for (v, map) in ends.enumerated() {
                let start = k == 1 ? 0 : (map[low] ?? 0)
                let end = high == reference.count ? counts[v + 1] : (map[high] ?? start)
                group.append(start..<max(start, end))
            }
            groups.append(group)
        }
        return groups
    }

    /// Above this many cells (paragraphs of one version times the other's) the table of the
    /// cheapest split is not built, and groups are cut where the running shares meet.
    static let tableLimit = 250_000

    /// The groups of two versions, as pairs of ranges: one to one when the counts agree, else the
    /// split by shares of length with the least total difference, each group being one paragraph
    /// against one, two against one, one against two, or one against none.
    public static func pairs(_ first: [Int], _ second: [Int]) -> [(Range<Int>, Range<Int>)] {
        let n = first.count, m = second.count
        if n == m { return (0..<n).map { ($0..<($0 + 1), $0..<($0 + 1)) } }
        let a = shares(first), b = shares(second)
        // Cumulative shares, so that a group's share is a difference.
        var ca = [0.0], cb = [0.0]
        for s in a { ca.append(ca[ca.count - 1] + s) }
        for s in b { cb.append(cb[cb.count - 1] + s) }
        if (n + 1) * (m + 1) > tableLimit { return meetingPoints(ca, cb) }
        let moves: [(Int, Int, Double)] = [(1, 1, 0), (2, 1, 0.005), (1, 2, 0.005), (1, 0, 0.02), (0, 1, 0.02)]
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
        var step = [[Int]](repeating: [Int](repeating: -1, count: m + 1), count: n + 1)
        cost[0][0] = 0
        for i in 0...n {
            for j in 0...m where cost[i][j] < .infinity {
                for (k, move) in moves.enumerated() {
                    let i2 = i + move.0, j2 = j + move.1
                    guard i2 <= n, j2 <= m else { continue }
                    let c = cost[i][j] + abs((ca[i2] - ca[i]) - (cb[j2] - cb[j])) + move.2
                    if c < cost[i2][j2] {
                        cost[i2][j2] = c
                        step[i2][j2] = k
                    }
                }
            }
        }
        var result: [(Range<Int>, Range<Int>)] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let move = moves[step[i][j]]
            result.append(((i - move.0)..<i, (j - move.1)..<j))
            i -= move.0
            j -= move.1
        }
        return result.reversed()
    }

    /// Groups in one pass over two runs of cumulative shares (`ca[0] == 0`, then each paragraph's
    /// end): a group takes one paragraph of each side, then more of whichever side is behind for as
    /// long as that brings the two ends closer. Linear in the paragraph counts.
    static func meetingPoints(_ ca: [Double], _ cb: [Double]) -> [(Range<Int>, Range<Int>)] {
        let n = ca.count - 1, m = cb.count - 1
        var result: [(Range<Int>, Range<Int>)] = []
        var i = 0, j = 0
        while i < n || j < m {
            var gi = min(n, i + 1), gj = min(m, j + 1)
            while true {
                let gap = abs(ca[gi] - cb[gj])
                if ca[gi] < cb[gj], gi < n, abs(ca[gi + 1] - cb[gj]) < gap {
                    gi += 1
                } else if cb[gj] < ca[gi], gj < m, abs(cb[gj + 1] - ca[gi]) < gap {
                    gj += 1
                } else {
                    break
                }
            }
            // What one side has left after the other has ended joins the last group.
            if gi == n { gj = m }
            if gj == m { gi = n }
            result.append((i..<gi, j..<gj))
            i = gi
            j = gj
        }
        return result
    }

    /// Each length as a share of the total (equal shares when the total is zero).
    static func shares(_ lengths: [Int]) -> [Double] {
        let total = lengths.reduce(0) { $0 + max(0, $1) }
        guard total > 0 else { return lengths.map { _ in 1 / Double(max(1, lengths.count)) } }
        return lengths.map { Double(max(0, $0)) / Double(total) }
    }
}
