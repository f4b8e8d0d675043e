import Testing
@testable import VerbatimKit

/// The byte-keyed table the citation index finds its symbols in.
@Suite struct ByteStringTableTests {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func everyKeyFindsItsValueThroughGrowth() {
        var table = ByteStringTable()
        // Enough keys to grow the slots several times; keys that share starts and lengths.
        let keys = (0..<5_000).map { "S/RES/\($0) (20\($0 % 100))" } + ["", "第", "第1", "S/RES/1"]
        for (k, key) in keys.enumerated() {
            #expect(bytes(key).withUnsafeBufferPointer { table.value(for: $0) } == nil)
            bytes(key).withUnsafeBufferPointer { table.insert($0, value: k * 7) }
        }
        #expect(table.count == keys.count)
        for (k, key) in keys.enumerated() {
            #expect(bytes(key).withUnsafeBufferPointer { table.value(for: $0) } == k * 7, "\(key)")
        }
        // A key that is a prefix or an extension of a stored one is not found.
        #expect(bytes("S/RES/1 (200").withUnsafeBufferPointer { table.value(for: $0) } == nil)
        #expect(bytes("S/RES/1 (2001)x").withUnsafeBufferPointer { table.value(for: $0) } == nil)
        table.removeAll()
        #expect(table.count == 0)
        #expect(bytes(keys[0]).withUnsafeBufferPointer { table.value(for: $0) } == nil)
    }
}
