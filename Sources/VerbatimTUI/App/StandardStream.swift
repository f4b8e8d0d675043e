#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output or standard error, written with `write(2)` (no Foundation `FileHandle`).
public enum StandardStream: Int32, Sendable {
    case output = 1
    case error = 2

    /// Writes all of `text`'s UTF-8, retrying after interruptions and partial writes; gives up
    /// silently on any other error (as a closed pipe).
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    /// Writes all of `bytes`, as `write(_:)`.
    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard var pointer = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Glibc.write(rawValue, pointer, left)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            pointer += written
            left -= written
        }
    }
}
