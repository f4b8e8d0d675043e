import Testing
@testable import VerbatimKit

/// The binary search that finds the line, page or piece holding an offset.
@Suite struct SortedStartsTests {
    @Test func theLastElementStartingAtOrBeforeTheOffsetIsTheOneALinearScanFinds() {
        var seed: UInt64 = 0x1234_5678_9ABC_DEF1
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Starts that never decrease, with runs of equal ones (pages without lines).
            var starts: [Int] = []
            var value = Int(seed >> 62)
            for k in 0..<Int(seed >> 58) {
                value += Int((seed >> UInt64(k % 50)) & 3) == 0 ? 0 : Int((seed >> UInt64(k % 40)) & 7)
                starts.append(value)
            }
            for offset in -1...(value + 2) {
                let linear = starts.lastIndex { $0 <= offset }
                #expect(starts.lastIndex(startingAtOrBefore: offset) { $0 } == linear, "\(starts) \(offset)")
            }
        }
        #expect([Int]().lastIndex(startingAtOrBefore: 5) { $0 } == nil)
        #expect([0, 3, 3, 7].lastIndex(startingAtOrBefore: 3) { $0 } == 2)
        #expect([0, 3, 3, 7].dropFirst().lastIndex(startingAtOrBefore: 2) { $0 } == nil)
        #expect([0, 3, 3, 7].dropFirst().lastIndex(startingAtOrBefore: 9) { $0 } == 3)
    }
}
