import Foundation
import Testing
@testable import VerbatimKit

/// Reading a file large enough to be read in shares side by side.
@Suite struct LargeFileReadTests {
    @Test func aLargeFileIsReadByteForByte() throws {
        var bytes: [UInt8] = []
        // Not a multiple of anything: the shares' edges fall inside characters.
        let piece = Array("安全理事会 S/PV.8160 résolution 2231 (2015)\n".utf8)
        while bytes.count < PartedParse.minimumBytes + 333_333 { bytes += piece }
        bytes += Array("终".utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-large-\(getpid()).txt")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let read = try RecordLoader.readFile(url.path)
        #expect(read.count == bytes.count)
        #expect(read == bytes)
    }
}
