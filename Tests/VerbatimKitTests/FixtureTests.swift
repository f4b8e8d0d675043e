import Foundation
import Testing

@Test func fixtureIsBundled() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/S_PV.8160_zh.txt")
    let data = try Data(contentsOf: url)
    #expect(data.count == 102_790)
}
