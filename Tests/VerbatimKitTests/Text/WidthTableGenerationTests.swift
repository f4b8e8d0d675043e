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
