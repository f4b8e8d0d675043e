#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A map from byte strings to integers, for the keys a large record repeats tens of thousands
/// of times (the symbols it cites): the keys' bytes are kept in one arena and found through an
/// open-addressed table of their hashes, so a look-up makes no `String`, retains nothing and
/// compares bytes only where the hashes agree. The hash is the standard library's seeded one,
/// so text written to make keys collide cannot make look-ups slow.
struct ByteStringTable {
    private var arena: [UInt8] = []
    /// Key `k`'s bytes are `arena[starts[k]..<starts[k + 1]]`.
    private var starts: [Int] = [0]
    private var hashes: [Int] = []
    private var values: [Int] = []
    /// Key index + 1 in each slot, 0 when empty; the count of slots is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 64)

    /// The number of keys.
    var count: Int { values.count }

    /// The value of `key`, or `nil`.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let k = Int(slots[slot]) - 1
            if hashes[k] == hash, equals(k, key) { return values[k] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds `key`, which the table does not hold, with `value`.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int) {
        let hash = Self.hash(key)
        arena.append(contentsOf: key)
        starts.append(arena.count)
        hashes.append(hash)
        values.append(value)
        if values.count * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(values.count)
    }

    /// Empties the table.
    mutating func removeAll() {
        self = ByteStringTable()
    }

    private func equals(_ k: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[k]
        guard starts[k + 1] - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            key.isEmpty || memcmp(arena.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }

    /// Twice the slots, every key but the last (which `insert` places) placed again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for k in 0..<values.count - 1 {
            var slot = hashes[k] & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k + 1)
        }
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        return hasher.finalize()
    }
}
