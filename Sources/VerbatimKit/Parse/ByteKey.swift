#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A String used as a dictionary key by its UTF-8 bytes, skipping the Unicode normalisation
/// that String hashing and comparison pay for non-ASCII text. Ids and names built by the parser
/// come from the same bytes each time, so byte equality is the equality wanted.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.string.utf8Equals(b.string)
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension String {
    /// Suffix test on UTF-8 bytes (no normalisation).
    func hasUTF8Suffix(_ suffix: String) -> Bool {
        var a = self
        var b = suffix
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                pb.count <= pa.count && (pb.count == 0 || memcmp(pa.baseAddress! + (pa.count - pb.count), pb.baseAddress!, pb.count) == 0)
            }
        }
    }

    /// Equality on UTF-8 bytes (no normalisation).
    func utf8Equals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var a = self
        var b = other
        return a.withUTF8 { pa in
            b.withUTF8 { pb in pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0 }
        }
    }
}
