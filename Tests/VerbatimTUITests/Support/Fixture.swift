import Foundation
import VerbatimKit
@testable import VerbatimTUI

/// The bundled reference record, found from this file's path.
enum Fixture {
    static let path: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/S_PV.8160_zh.txt").path

    /// The parsed fixture (parsed once).
    static let record: Record = try! RecordLoader.load(path: path)

    static func state(_ width: Int = 120, _ height: Int = 40) -> AppState {
        var state = AppState(record: record, path: path, size: Size(width: width, height: height))
        // The tests of the statement pane start on the opening line; the overview's tests open it.
        state.initialScreen = .start
        return state
    }
}
