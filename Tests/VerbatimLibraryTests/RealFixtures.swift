import Foundation
import Testing

/// The real UN documents under `../shared/fixtures/real/` beside the package, read from there,
/// never copied; tests that need them are skipped when the folder is absent.
enum RealFixtures {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared/fixtures/real`.
    static let real = root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/real")
    /// True when the real documents are there.
    static let available = FileManager.default.fileExists(atPath: real.path)
    /// The path of a real document or folder.
    static func path(_ name: String) -> String { real.appendingPathComponent(name).path }
    /// The trait that skips a test when `../shared` is absent.
    static let required = ConditionTrait.enabled(if: available, "../shared/fixtures/real is absent")
    /// The repository's own fixture, `Fixtures/S_PV.8160_zh.txt`.
    static let chinese = root.appendingPathComponent("Fixtures/S_PV.8160_zh.txt").path
}
