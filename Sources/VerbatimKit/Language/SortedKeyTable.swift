/// A read-only map from key to code over `key|CODE` lines sorted by the key's UTF-8 bytes, as
/// the generated country tables hold them: found by binary search on the bytes, so that the
/// first lookup costs one pass over the text to find the lines, not a dictionary of `String`s
/// (hashing every non-ASCII key took about 10 M instructions of each start).
///
/// Keys are compared byte for byte: the tables' keys and the keys looked up are both made by
/// `CountryKey`, which folds them to one normalised form.
struct SortedKeyTable: Sendable {
    private let bytes: [UInt8]
    /// For each line: where its key starts, where its `|` is, and where the line ends.
    private let lines: [(start: Int32, bar: Int32, end: Int32)]

    /// The table of `text`'s `key|CODE` lines (lines without a `|` are skipped).
    init(_ text: String) {
        bytes = Array(text.utf8)
        // On the array's memory: indexing the array checks every byte's index (about 0.2 M
        // instructions of each start on the 60 KB of keys).
        lines = bytes.withUnsafeBufferPointer { bytes in
            var lines: [(start: Int32, bar: Int32, end: Int32)] = []
            lines.reserveCapacity(bytes.count / 16)
            var start = 0
            var bar = -1
            for i in 0...bytes.count {
                let byte: UInt8 = i == bytes.count ? 0x0A : bytes[i]
                if byte == 0x7C, bar < 0 {
                    bar = i
                } else if byte == 0x0A {
                    if bar >= 0 { lines.append((Int32(start), Int32(bar), Int32(i))) }
                    start = i + 1
                    bar = -1
                }
            }
            return lines
        }
    }

    /// The number of keys.
    var count: Int { lines.count }

    /// True when the lines are in strictly increasing order of their keys' bytes (what the
    /// binary search needs).
    var isSorted: Bool {
        lines.indices.dropFirst().allSatisfy { compare(key: $0 - 1, with: key($0)) < 0 }
    }

    /// The code for `key`, or `nil`.
    subscript(key: String) -> String? {
        let wanted = Array(key.utf8)
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            let order = compare(key: middle, with: wanted[...])
            if order == 0 { return code(middle) }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Every code, once each.
    var codes: Set<String> { Set(lines.indices.map(code)) }

    /// Every key.
    var keys: [String] { lines.indices.map { String(decoding: key($0), as: UTF8.self) } }

    private func key(_ line: Int) -> ArraySlice<UInt8> {
        bytes[Int(lines[line].start)..<Int(lines[line].bar)]
    }

    private func code(_ line: Int) -> String {
        String(decoding: bytes[Int(lines[line].bar) + 1..<Int(lines[line].end)], as: UTF8.self)
    }

    /// The order of line `line`'s key against `other`: negative, zero or positive.
    private func compare(key line: Int, with other: ArraySlice<UInt8>) -> Int {
        let mine = key(line)
        for (a, b) in zip(mine, other) where a != b { return Int(a) - Int(b) }
        return mine.count - other.count
    }

    /// Sorts `key|CODE` lines by their keys' bytes, as the table needs them.
    static func sorted(_ lines: [String]) -> [String] {
        lines.sorted { a, b in
            let keyA = a.utf8.prefix { $0 != 0x7C }
            let keyB = b.utf8.prefix { $0 != 0x7C }
            return keyA.lexicographicallyPrecedes(keyB)
        }
    }
}
