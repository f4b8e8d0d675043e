import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The probe's decisions, without a terminal: where it draws, how an answer reads, which
/// characters may still be an answer.
struct AmbiguousWidthProbeLogicTests {
    @Test func theProbeGoesOnTheLastRowSoThatItsAnswerIsNoFunctionKey() throws {
        let probe = try #require(AmbiguousWidthProbe(screen: Size(width: 80, height: 24)))
        #expect(probe.row == 23 && probe.column == 0)
        #expect(probe.query { y, x in "<\(y),\(x)>" } == "<23,0>•\u{1B}[6n")
        #expect(AmbiguousWidthProbe(screen: Size(width: 80, height: 1)) == nil)
        #expect(AmbiguousWidthProbe(screen: Size(width: 2, height: 24)) == nil)
    }

    @Test func theColumnReachedGivesTheWidth() throws {
        let probe = try #require(AmbiguousWidthProbe(screen: Size(width: 80, height: 24)))
        #expect(probe.width(reportedRow: 24, reportedColumn: 2) == .narrow)
        #expect(probe.width(reportedRow: 24, reportedColumn: 3) == .wide)
        #expect(probe.width(reportedRow: 24, reportedColumn: 1) == nil)
        #expect(probe.width(reportedRow: 24, reportedColumn: 9) == nil)
        #expect(probe.width(reportedRow: 5, reportedColumn: 2) == nil, "an answer to some other request")
    }

    @Test func reportsAreRead() {
        func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        #expect(AmbiguousWidthProbe.report(scalars("[24;3R"))! == (24, 3))
        #expect(AmbiguousWidthProbe.report(scalars("[1;2R"))! == (1, 2))
        #expect(AmbiguousWidthProbe.report(scalars("[24;R")) == nil)
        #expect(AmbiguousWidthProbe.report(scalars("[24;3~")) == nil)
        #expect(AmbiguousWidthProbe.report(scalars("[2;4;3R")) == nil)
        #expect(AmbiguousWidthProbe.report(scalars("O24;3R")) == nil)
        #expect(AmbiguousWidthProbe.mayBeReport([]))
        #expect(AmbiguousWidthProbe.mayBeReport(scalars("[24;")))
        #expect(AmbiguousWidthProbe.mayBeReport(scalars("[24;3R")))
        #expect(!AmbiguousWidthProbe.mayBeReport(scalars("x")), "Alt-x is a key")
        #expect(!AmbiguousWidthProbe.mayBeReport(scalars("[A")), "an arrow key")
        #expect(!AmbiguousWidthProbe.mayBeReport(scalars("[2;3;")))
    }
}
