import CICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text encodings a record file may be in.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case gb18030
}

/// A problem with the input that stops it from being read; `message` is one line a user can act on.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads a record file: checks it, decodes it, parses it.
public enum RecordLoader {
    /// The largest file accepted (byte offsets are kept in 32 bits).
    public static let maximumFileSize = Int(Int32.max)

    /// Loads and parses the record at `path`. `encoding` overrides the guess.
    public static func load(path: String, encoding: TextEncoding? = nil) throws(LoadError) -> Record {
        if encoding != .gb18030, let text = try readValidUTF8(path) {
            return parse(text)
        }
        var bytes = try readFile(path)
        var warnings: [String] = []
        try decode(&bytes, encoding: encoding, path: path, warnings: &warnings)
        return parse(String(decoding: bytes, as: UTF8.self), warnings: warnings)
    }

    /// Parses text already decoded.
    public static func parse(_ text: String, warnings: [String] = []) -> Record {
        var text = text
        text.makeContiguousUTF8()
        let source = text
        return text.withUTF8 { bytes in
            if mayHoldColumns(bytes), let rearranged = TwoColumnLayout.rearrange(bytes) {
                let warning = "the text is laid out in two columns (pdftotext -layout); each page was read "
                    + "left column first, and line numbers refer to that order"
                var columns = String(decoding: rearranged, as: UTF8.self)
                let columnSource = columns
                return columns.withUTF8 {
                    var parser = RecordParser(source: columnSource, bytes: $0, warnings: warnings + [warning])
                    return parser.parse()
                }
            }
            var parser = RecordParser(source: source, bytes: bytes, warnings: warnings)
            return parser.parse()
        }
    }

    /// Parses UTF-8 bytes (which must be valid UTF-8).
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, warnings: [String] = []) -> Record {
        parse(String(decoding: bytes, as: UTF8.self), warnings: warnings)
    }

    /// A quick test before the two-column check: some line holds a run of three spaces.
    private static func mayHoldColumns(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 3 else { return false }
        var i = 0
        while i + 2 < bytes.count, let p = memchr(base + i, 0x20, bytes.count - i - 2) {
            let at = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if bytes[at + 1] == 0x20 && bytes[at + 2] == 0x20 { return true }
            i = at + 1
        }
        return false
    }

    /// Opens the record file at `path` after checking that it is a regular, non-empty file of
    /// an accepted size; returns the descriptor and the size.
    private static func openRecordFile(_ path: String) throws(LoadError) -> (Int32, Int) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
            throw LoadError("\(path): \(reason)")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw LoadError("\(path): is a directory, not a record file") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw LoadError("\(path): not a regular file") }
        let size = Int(info.st_size)
        if size == 0 { throw LoadError("\(path): the file is empty") }
        if size > maximumFileSize {
            throw LoadError("\(path): the file is too large (\(size / 1_048_576) MB; at most \(maximumFileSize / 1_048_576) MB)")
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw LoadError("\(path): \(String(cString: strerror(errno)))") }
        return (fd, size)
    }

    /// Reads up to `size` bytes of `fd` into `buffer`; returns the count read, or sets `failure`.
    private static func readAll(_ fd: Int32, into buffer: UnsafeMutablePointer<UInt8>, size: Int, failure: inout Int32) -> Int {
        var done = 0
        while done < size {
            let n = read(fd, buffer + done, size - done)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// The common case, in one read and one check: the file read straight into a String's
    /// storage, which Swift validates as UTF-8 once. Returns `nil` when the file is not text
    /// that passes every check as it is (not valid UTF-8, binary, only white space; or it holds
    /// U+FFFD, which cannot be told from a repair): `readFile` and `decode` then say why, or
    /// convert it.
    static func readValidUTF8(_ path: String) throws(LoadError) -> String? {
        let (fd, size) = try openRecordFile(path)
        defer { close(fd) }
        var failure: Int32 = 0
        var count = 0
        let text = String(unsafeUninitializedCapacity: size) { buffer in
            count = readAll(fd, into: buffer.baseAddress!, size: size, failure: &failure)
            return count
        }
        if failure != 0 { throw LoadError("\(path): \(String(cString: strerror(failure)))") }
        var copy = text
        let accepted = copy.withUTF8 { p -> Bool in
            guard p.count == count, let base = p.baseAddress, count > 0 else { return false }
            // A repair (or a U+FFFD of the file's own) leaves EF BF BD.
            if containsReplacementCharacter(p) { return false }
            if memchr(base, 0, count) != nil { return false }
            if isMostlyControls(p) { return false }
            return !isAllWhiteSpace(p)
        }
        return accepted ? text : nil
    }

    /// The bytes of the file at `path`, read without copies.
    static func readFile(_ path: String) throws(LoadError) -> [UInt8] {
        let (fd, size) = try openRecordFile(path)
        defer { close(fd) }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = readAll(fd, into: buffer.baseAddress!, size: size, failure: &failure)
        }
        if failure != 0 { throw LoadError("\(path): \(String(cString: strerror(failure)))") }
        return bytes
    }

    /// True when the UTF-8 bytes hold U+FFFD (EF BF BD). Eight bytes at a time: a word is looked
    /// at closely only when one of its bytes is BD.
    static func containsReplacementCharacter(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress, p.count >= 3 else { return false }
        let n = p.count
        @inline(__always) func isReplacement(endingAt k: Int) -> Bool {
            k >= 2 && base[k] == 0xBD && base[k - 1] == 0xBF && base[k - 2] == 0xEF
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let pattern: UInt64 = 0xBDBD_BDBD_BDBD_BDBD
        var i = 0
        while i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ pattern
            // Some byte of the word is BD (a zero byte of `w`).
            if (w &- ones) & ~w & highs != 0 {
                for k in i..<(i + 8) where isReplacement(endingAt: k) { return true }
            }
            i += 8
        }
        while i < n {
            if isReplacement(endingAt: i) { return true }
            i += 1
        }
        return false
    }

    private static func isAllWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C })
    }

    /// Checks `bytes` for binary data and turns them into UTF-8, or says why it cannot.
    static func decode(
        _ bytes: inout [UInt8], encoding: TextEncoding?, path: String, warnings: inout [String]
    ) throws(LoadError) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw LoadError("\(path): UTF-16 text is not supported; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
        }
        if let nul = bytes.withUnsafeBufferPointer({ p in memchr(p.baseAddress!, 0, p.count).map { p.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } }) {
            throw LoadError("\(path): binary data, not a text record (a NUL byte at offset \(nul))")
        }
        if bytes.withUnsafeBufferPointer({ isMostlyControls($0) }) {
            throw LoadError("\(path): binary data, not a text record (control bytes throughout)")
        }
        let badUTF8 = bytes.withUnsafeBufferPointer { vb_utf8_first_invalid($0.baseAddress!, Int64($0.count)) }
        switch encoding {
        case .utf8?:
            if badUTF8 >= 0 { throw LoadError("\(path): not valid UTF-8 (bad byte 0x\(hex(bytes[Int(badUTF8)])) at offset \(badUTF8))") }
        case .gb18030?:
            bytes = try gb18030(bytes, path: path)
        case nil:
            guard badUTF8 >= 0 else { break }
            // UTF-8 text damaged further on is not GB 18030: Chinese GB 18030 text breaks UTF-8
            // at its first character, so valid UTF-8 characters before the bad byte mean UTF-8.
            if utf8CharactersBefore(bytes, Int(badUTF8), atLeast: 3) {
                throw LoadError("\(path): not valid UTF-8 (bad byte 0x\(hex(bytes[Int(badUTF8)])) at offset \(badUTF8))")
            }
            do {
                bytes = try gb18030(bytes, path: path)
                warnings.append("the file is not valid UTF-8 (bad byte at offset \(badUTF8)); it was decoded as GB 18030")
            } catch {
                // `error` names the first byte that is not GB 18030 either.
                let gb = error.message.components(separatedBy: "not valid GB 18030 ").last ?? ""
                throw LoadError("\(path): not valid UTF-8 (bad byte 0x\(hex(bytes[Int(badUTF8)])) at offset \(badUTF8)) "
                    + "nor GB 18030 \(gb)")
            }
        }
        if bytes.withUnsafeBufferPointer({ isAllWhiteSpace($0) }) {
            throw LoadError("\(path): the file holds no text, only white space")
        }
    }

    /// True when `bytes[..<end]` holds at least `count` multi-byte UTF-8 characters.
    private static func utf8CharactersBefore(_ bytes: [UInt8], _ end: Int, atLeast count: Int) -> Bool {
        var found = 0
        for k in 0..<end where bytes[k] >= 0xC0 {
            found += 1
            if found >= count { return true }
        }
        return false
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    /// More than one byte in a hundred of the first 64 KiB is a control other than tab, line
    /// feed, carriage return, form feed and escape.
    private static func isMostlyControls(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(bytes.count, 65_536)
        var controls = 0
        for k in 0..<n {
            let b = bytes[k]
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C, b != 0x1B { controls += 1 }
        }
        return controls * 100 > n
    }

    /// GB 18030 bytes converted to UTF-8 by ICU; invalid bytes are an error naming their offset.
    static func gb18030(_ bytes: [UInt8], path: String) throws(LoadError) -> [UInt8] {
        let capacity = bytes.count * 2 + 16
        var bad: Int64 = 0
        var result: Int64 = 0
        let out = bytes.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: capacity) { target, count in
                result = vb_convert_to_utf8("gb18030", source.baseAddress!, Int64(source.count), target.baseAddress!, Int64(capacity), &bad)
                count = result > 0 ? Int(result) : 0
            }
        }
        if result == -1 {
            throw LoadError("\(path): not valid GB 18030 (bad byte 0x\(hex(bytes[Int(bad)])) at offset \(bad))")
        }
        if result < 0 { throw LoadError("\(path): cannot convert from GB 18030 (ICU error)") }
        return out
    }
}
