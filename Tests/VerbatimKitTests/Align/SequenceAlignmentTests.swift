import Testing
@testable import VerbatimKit

/// The order-keeping alignment of two sequences (Hirschberg's LCS).
@Suite struct SequenceAlignmentTests {
    /// Aligns two strings character by character.
    private func align(_ a: String, _ b: String) -> [SequenceAlignment.Pair] {
        let x = Array(a), y = Array(b)
        return SequenceAlignment.align(x.count, y.count) { x[$0] == y[$1] }
    }

    /// The alignment written as `a=b` for a pair, `a-` / `-b` for an item alone.
    private func written(_ a: String, _ b: String) -> String {
        let x = Array(a), y = Array(b)
        return align(a, b).map { pair in
            switch (pair.first, pair.second) {
            case let (i?, j?): "\(x[i])=\(y[j])"
            case let (i?, nil): "\(x[i])-"
            case let (nil, j?): "-\(y[j])"
            default: "?"
            }
        }.joined(separator: " ")
    }

    @Test func equalSequencesPairEveryItem() {
        #expect(written("ABCD", "ABCD") == "A=A B=B C=C D=D")
    }

    @Test func anItemMissingFromOneSideIsLeftAlone() {
        #expect(written("ABCDE", "ABDE") == "A=A B=B C- D=D E=E")
        #expect(written("ABDE", "ABCDE") == "A=A B=B -C D=D E=E")
        #expect(written("XAB", "AB") == "X- A=A B=B")
        #expect(written("AB", "ABY") == "A=A B=B -Y")
    }

    @Test func emptySidesGiveOnlyLoneItems() {
        #expect(written("", "AB") == "-A -B")
        #expect(written("AB", "") == "A- B-")
        #expect(align("", "").isEmpty)
    }

    @Test func nothingInCommonPairsNothing() {
        #expect(written("AB", "XY") == "A- B- -X -Y")
    }

    /// Against the quadratic table on many small sequences: the same number of pairs (the longest
    /// common subsequence), pairs that match and run in order, every index exactly once.
    @Test func pairsAsManyAsTheFullTableFinds() {
        var generator = SplitMix(seed: 9)
        for _ in 0..<400 {
            let a = (0..<Int(generator.next() % 12)).map { _ in Int(generator.next() % 4) }
            let b = (0..<Int(generator.next() % 12)).map { _ in Int(generator.next() % 4) }
            let pairs = SequenceAlignment.align(a.count, b.count) { a[$0] == b[$1] }
            let matched = pairs.compactMap { p in p.first.flatMap { i in p.second.map { (i, $0) } } }
            #expect(matched.count == lcsLength(a, b), "\(a) \(b)")
            #expect(matched.allSatisfy { a[$0.0] == b[$0.1] })
            #expect(zip(matched, matched.dropFirst()).allSatisfy { $0.0 < $1.0 && $0.1 < $1.1 })
            #expect(pairs.compactMap(\.first) == Array(a.indices))
            #expect(pairs.compactMap(\.second) == Array(b.indices))
        }
    }

    private func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices {
            for j in b.indices {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }
}

/// A small deterministic random number generator for the tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
