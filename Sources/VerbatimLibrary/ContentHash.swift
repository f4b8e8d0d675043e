/// A 64-bit hash of a file's bytes, to tell a changed file from one only touched.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { of($0) }
    }

    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let words = bytes.count / 8
        let raw = UnsafeRawPointer(base)
        for k in 0..<words {
            let word = raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self)
            h = (h ^ word) &* prime
            h ^= h >> 29
        }
        for k in (words * 8)..<bytes.count {
            h = (h ^ UInt64(bytes[k])) &* prime
        }
        h ^= h >> 32
        return h
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
