/// The alignment of two sequences that keeps the most pairs in order: a longest common
/// subsequence under a match predicate (Hirschberg's method, so memory grows with the shorter
/// sequence only), listed as pairs in reading order, an item without a counterpart paired with
/// `nil`.
public enum SequenceAlignment {
    /// One step of an alignment: an item of each sequence that correspond, or an item of one
    /// sequence with no counterpart in the other.
    public struct Pair: Equatable, Sendable {
        /// The index in the first sequence, `nil` when the item is only in the second.
        public var first: Int?
        /// The index in the second sequence, `nil` when the item is only in the first.
        public var second: Int?

        public init(_ first: Int?, _ second: Int?) {
            self.first = first
            self.second = second
        }
    }

    /// Aligns items `0..<count1` of one sequence with `0..<count2` of another, pairing as many as
    /// possible, in order, for which `matches(i, j)` holds. Every index appears exactly once;
    /// unmatched items of the first sequence come before those of the second between two pairs.
    public static func align(_ count1: Int, _ count2: Int, matches: (Int, Int) -> Bool) -> [Pair] {
        var result: [Pair] = []
        result.reserveCapacity(max(count1, count2))
        // Equal starts and ends are paired directly; the search runs on what is left.
        var head = 0
        while head < count1, head < count2, matches(head, head) { head += 1 }
        var tail = 0
        while tail < count1 - head, tail < count2 - head, matches(count1 - 1 - tail, count2 - 1 - tail) { tail += 1 }
        for i in 0..<head { result.append(Pair(i, i)) }
        solve(head..<(count1 - tail), head..<(count2 - tail), matches, into: &result)
        for k in 0..<tail { result.append(Pair(count1 - tail + k, count2 - tail + k)) }
        return result
    }

    /// Hirschberg's divide and conquer: split the first range in half, find where the second
    /// range splits from the LCS lengths of both halves, and recurse.
    private static func solve(_ a: Range<Int>, _ b: Range<Int>, _ matches: (Int, Int) -> Bool, into result: inout [Pair]) {
        if a.isEmpty {
            for j in b { result.append(Pair(nil, j)) }
            return
        }
        if b.isEmpty {
            for i in a { result.append(Pair(i, nil)) }
            return
        }
        if a.count == 1 {
            let i = a.lowerBound
            if let j = b.first(where: { matches(i, $0) }) {
                for k in b.lowerBound..<j { result.append(Pair(nil, k)) }
                result.append(Pair(i, j))
                for k in (j + 1)..<b.upperBound { result.append(Pair(nil, k)) }
            } else {
                result.append(Pair(i, nil))
                for j in b { result.append(Pair(nil, j)) }
            }
            return
        }
        let middle = a.lowerBound + a.count / 2
        let forward = lengths(Array(a.lowerBound..<middle), Array(b), matches)
        let backward = lengths(Array((middle..<a.upperBound).reversed()), Array(b.reversed()), matches)
        var best = 0, split = b.lowerBound
        for k in 0...b.count {
            let total = forward[k] + backward[b.count - k]
            if total > best || (total == best && k == 0) {
                best = total
                split = b.lowerBound + k
            }
        }
        solve(a.lowerBound..<middle, b.lowerBound..<split, matches, into: &result)
        solve(middle..<a.upperBound, split..<b.upperBound, matches, into: &result)
    }

    /// The LCS length of `a` with each prefix of `b` (`result[k]`: with the first `k` items),
    /// in one row of memory.
    private static func lengths(_ a: [Int], _ b: [Int], _ matches: (Int, Int) -> Bool) -> [Int] {
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in a {
            var diagonal = 0
            for (k, j) in b.enumerated() {
                let above = row[k + 1]
                row[k + 1] = matches(i, j) ? diagonal + 1 : max(above, row[k])
                diagonal = above
            }
        }
        return row
    }
}
