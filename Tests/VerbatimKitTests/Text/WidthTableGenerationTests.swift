import Foundation
import Testing
@testable import VerbatimKit

/// Writes `ScalarWidthRuns.swift` from the reference; runs only when asked to.
@Test(.enabled(if: ProcessInfo.processInfo.environment["VERBATIM_WRITE_WIDTH_TABLE"] != nil))
func writeWidthTable() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/VerbatimKit/Text/ScalarWidthRuns.swift")
    try WidthReference.source().write(to: url, atomically: true, encoding: .utf8)
}

/// The committed table is exactly what the generator makes from this machine's glibc and ICU.
@Test func committedWidthTableMatchesReference() {
    #expect(ScalarWidthRuns.runs == WidthReference.runs())
}

/// The two-level table gives every scalar the class of the run it lies in and the cluster flag
/// exactly on the cluster-sensitive scalars, across blocks that one run covers, blocks where runs
/// change, and the blocks of the flagged scalars; runs ascend, as the table's construction needs.
@Test func widthTableHoldsEveryRunForEveryScalar() {
    let runs = ScalarWidthRuns.runs
    #expect(zip(runs, runs.dropFirst()).allSatisfy { $0 >> 8 < $1 >> 8 })
    let table = ScalarWidthTable(runs: runs)
    var wrong: [UInt32] = []
    var run = -1
    for value in UInt32(0)..<0x110000 {
        while run + 1 < runs.count, runs[run + 1] >> 8 <= value { run += 1 }
        let expectedClass = run < 0 ? ScalarWidthClass.replaced.rawValue : UInt8(truncatingIfNeeded: runs[run])
        let sensitive = ScalarWidthTable.clusterSensitiveRanges.contains { $0.contains(value) }
        let expected = expectedClass | (sensitive ? ScalarWidthTable.clusterSensitive : 0)
        if table.entry(value) != expected, wrong.count < 10 { wrong.append(value) }
    }
    #expect(wrong.isEmpty, "scalars with a wrong entry: \(wrong.map { String($0, radix: 16) })")
    #expect(table.entry(0x110000) == ScalarWidthClass.replaced.rawValue)
}
