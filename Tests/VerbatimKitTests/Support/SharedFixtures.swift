import Foundation
import Testing

/// The real UN documents under `../shared/fixtures/real/` (beside the package), which are read
/// from there, never copied. Tests that need them are disabled, and so reported as skipped,
/// when the folder is absent.
enum SharedFixtures {
    /// `../shared/fixtures/real`, beside the package root.
    static let real: URL = Fixture.root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/real")

    /// True when the real documents are there.
    static let available = FileManager.default.fileExists(atPath: real.path)

    /// The path of a real document, e.g. `S_PV.10124_en.txt` or `pdf/S_PV.8698_E.pdf`.
    static func path(_ name: String) -> String { real.appendingPathComponent(name).path }

    /// The trait that skips a test when `../shared` is absent.
    static let required = ConditionTrait.enabled(if: available, "../shared/fixtures/real is absent")
}
