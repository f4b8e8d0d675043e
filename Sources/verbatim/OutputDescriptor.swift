#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes its output: standard output, or the file `-o` names, written with
/// `write(2)` (no Foundation `FileHandle`). A failed write throws `OutputError`.
struct OutputDescriptor {
    let descriptor: Int32

    static let standardOutput = OutputDescriptor(descriptor: STDOUT_FILENO)

    /// Writes all of `bytes`, retrying after interruptions and partial writes.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var pointer = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Glibc.write(descriptor, pointer, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(code: errno)
            }
            pointer += written
            left -= written
        }
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in try write(raw) }
    }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes in try write(UnsafeRawBufferPointer(bytes)) }
    }

    /// Closes a file opened for `-o` (standard output stays open).
    func close() {
        if descriptor != STDOUT_FILENO { _ = Glibc.close(descriptor) }
    }
}

/// A write the system refused (a full disk, a closed pipe), with the system's reason.
struct OutputError: Error, CustomStringConvertible {
    let code: Int32
    var description: String { String(cString: strerror(code)) }
}
