import Testing
@testable import VerbatimKit

/// The English and French records of S/PV.10124 (in `../shared`) line up statement by statement.
/// Skipped while the real files are absent, and while the parser finds no statements in them
/// (English and French labels are read by the statement grammar of each language).
@Suite struct RealVersionAlignmentTests {
    static let versions: [Record] = SharedFixtures.available
        ? ["S_PV.10124_en.txt", "S_PV.10124_fr.txt"].compactMap { try? RecordLoader.load(path: SharedFixtures.path($0)) }
        : []

    static let parsed = versions.count == 2 && versions.allSatisfy { !$0.statements.isEmpty }

    @Test(SharedFixtures.required, .enabled(if: parsed, "the English or French record parses to no statements"))
    func englishAndFrenchLineUpInTwentyNineRows() {
        let alignment = VersionAlignment(statementsOf: RealVersionAlignmentTests.versions)
        #expect(alignment.rows.count == 29)
        #expect(alignment.completeRows == 29)
        #expect(alignment.rows.enumerated().allSatisfy { r, row in row == [r, r] })
    }
}
