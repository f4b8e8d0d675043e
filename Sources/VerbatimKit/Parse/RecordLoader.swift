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
    /// The largest input accepted: 1 GiB (1024 MB as the messages count them). Byte offsets
    /// are kept in 32 bits, and reading a record takes up to about five times its size in
    /// memory, so a larger input is refused before it is read rather than swapped in.
    public static let maximumFileSize = 1 << 30

    /// The argument that names standard input.
    public static let standardInputPath = "-"

    /// How an input is named in messages: its path, or "standard input" for `-`.
    public static func displayName(_ path: String) -> String {
        path == standardInputPath ? "standard input" : path
    }

    /// Loads and parses the record at `path`. `encoding` overrides the guess. A PDF file
    /// (known by its `%PDF-` header, whatever its name) is read through `pdftotext`, and
    /// `progress(pagesDone, pagesTotal)` follows that reading.
    public static func load(
        path: String, encoding: TextEncoding? = nil, progress: ((Int, Int) -> Void)? = nil
    ) throws(LoadError) -> Record {
        try load(path: path, encoding: encoding, progress: progress, overInput: true)
    }

    /// `load`; with `overInput`, the paragraphs' text of a regular file is written over the
    /// bytes read (`InputBuffer`), and the file is read again, without that, in the rare case
    /// that its parts cannot be joined (the parts' reading has then changed those bytes).
    private static func load(
        path: String, encoding: TextEncoding?, progress: ((Int, Int) -> Void)?, overInput: Bool
    ) throws(LoadError) -> Record {
        var bytes = try readFile(path)
        var warnings: [String] = []
        if PDFSignature.matches(bytes) {
            let extraction = try extractPDF(bytes, path: path, progress: progress)
            if let encoding {
                warnings.append("the file is a PDF: --encoding \(encoding.rawValue) does not apply (pdftotext gives UTF-8)")
            }
            let record = extraction.bytes.withUnsafeBufferPointer { parse(bytes: $0, warnings: warnings + extraction.warnings) }
            return withFileName(record, path: path)
        }
        try decode(&bytes, encoding: encoding, path: displayName(path), warnings: &warnings)
        if overInput, isRegularFile(path) {
            let input = InputBuffer(consume bytes)
            guard var read = readRecord(writingOver: input, warnings: warnings) else {
                return try load(path: path, encoding: encoding, progress: progress, overInput: false)
            }
            return withFileName(read.finished(), path: path)
        }
        var read = bytes.withUnsafeBufferPointer { readRecord(bytes: $0, warnings: warnings) }
        // The record holds its own text: the input goes before the finishing steps.
        bytes = []
        return withFileName(read.finished(), path: path)
    }

    /// `record` with what its file's name says: the symbol it is named after when the text
    /// states none, and a warning when the name's language suffix disagrees with the text.
    static func withFileName(_ record: Record, path: String) -> Record {
        var record = record
        if record.meeting.symbol == nil, let symbol = FileNameSymbol.symbol(inPath: path) {
            record.meeting.symbol = symbol
            record.meeting.symbolSource = .fileName
        }
        if let named = LanguageProfile.code(fromFileName: path), named != record.meeting.language {
            record.warnings.append(
                "the file name says the record is in \(named), but its text reads as \(record.meeting.language)")
        }
        return record
    }

    /// Parses text already decoded.
    public static func parse(_ text: String, warnings: [String] = []) -> Record {
        var text = text
        return text.withUTF8 { parse(bytes: $0, warnings: warnings) }
    }

    /// Parses UTF-8 bytes (which must be valid UTF-8). A large text that holds many meetings
    /// is read in parts on all cores (`PartedParse`), to the same record.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, warnings: [String] = []) -> Record {
        var read = readRecord(bytes: bytes, warnings: warnings)
        return read.finished()
    }

    /// Parses UTF-8 bytes in up to `parts` parts side by side (one pass when `parts` is 1).
    static func parse(bytes: UnsafeBufferPointer<UInt8>, warnings: [String], parts: Int) -> Record {
        var read = readRecord(bytes: bytes, warnings: warnings, parts: parts)
        return read.finished()
    }

    /// Reads UTF-8 bytes into a record still to be finished; a large text that holds many
    /// meetings is read in parts on all cores.
    static func readRecord(bytes: UnsafeBufferPointer<UInt8>, warnings: [String], parts: Int? = nil) -> ReadRecord {
        let parts = parts ?? (bytes.count >= PartedParse.minimumBytes ? PartedParse.cores : 1)
        if mayHoldColumns(bytes), let rearranged = TwoColumnLayout.rearrange(bytes) {
            let warning = "the text is laid out in two columns (pdftotext -layout); each page was read "
                + "left column first, and line numbers refer to that order"
            return rearranged.withUnsafeBufferPointer {
                var parser = RecordParser(bytes: $0, warnings: warnings + [warning])
                return parser.read()
            }
        }
        var parser = RecordParser(bytes: bytes, warnings: warnings)
        if parts > 1, let record = PartedParse.read(parser, parts: parts) { return record }
        return parser.read()
    }

    /// Reads the bytes of `input` into a record still to be finished, writing the paragraphs'
    /// text over them; `nil` when a large text's parts cannot be joined (then `input` no
    /// longer holds the text as read, and the file must be read again).
    /// `parts` as in `readRecord(bytes:warnings:parts:)`.
    static func readRecord(writingOver input: InputBuffer, warnings: [String], parts: Int? = nil) -> ReadRecord? {
        let bytes = input.bytes
        if mayHoldColumns(bytes), TwoColumnLayout.rearrange(bytes) != nil {
            // The columns are read from a rearranged copy, which the text is written into.
            return readRecord(bytes: bytes, warnings: warnings, parts: parts)
        }
        var parser = RecordParser(writingOver: input, warnings: warnings)
        let parts = parts ?? (bytes.count >= PartedParse.minimumBytes ? PartedParse.cores : 1)
        if parts > 1 {
            let ranges = PartedParse.cuts(parser, parts: parts)
            if ranges.count > 1 { return PartedParse.read(consume parser, ranges: ranges) }
        }
        return parser.read()
    }

    /// Whether `path` names a regular file (which can be read again).
    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return path != standardInputPath && stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// A quick test before the two-column check: some line holds a run of three spaces.
    private static func mayHoldColumns(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // One search for the three spaces, not a call for every space of a text in words.
        threeSpaces.firstHit(in: bytes, from: 0) != nil
    }

    private static let threeSpaces = ByteNeedles([[0x20, 0x20, 0x20]])

    /// The text of a PDF: read from its file, or, when it came through standard input or a
    /// named pipe, from a private copy in the temporary folder that is removed afterwards.
    private static func extractPDF(
        _ bytes: [UInt8], path: String, progress: ((Int, Int) -> Void)?
    ) throws(LoadError) -> PDFTextExtractor.Extraction {
        var info = stat()
        if path != standardInputPath, stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            return try PDFTextExtractor().extract(path: path, progress: progress)
        }
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/verbatim-input-XXXXXX.pdf").utf8CString)
        let fd = mkstemps(&template, 4)
        guard fd >= 0 else { throw LoadError("\(displayName(path)): cannot keep a copy of the PDF: \(String(cString: strerror(errno)))") }
        let copy = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(copy) }
        let written = bytes.withUnsafeBufferPointer { p -> Bool in
            var done = 0
            while done < p.count {
                let n = write(fd, p.baseAddress! + done, p.count - done)
                if n < 0 { if errno == EINTR { continue }; return false }
                done += n
            }
            return true
        }
        close(fd)
        guard written else { throw LoadError("\(displayName(path)): cannot keep a copy of the PDF") }
        return try PDFTextExtractor().extract(path: copy, progress: progress)
    }

    /// The bytes of the input at `path`, read once into memory (never mapped, so a file that
    /// shrinks meanwhile cannot fault). `-` is standard input; standard input and a named pipe
    /// are read to their end. A regular file is read up to the size it had when opened: what
    /// is appended meanwhile is left out, and a file cut short gives what was left.
    static func readFile(_ path: String) throws(LoadError) -> [UInt8] {
        if path == standardInputPath {
            return try readStream(STDIN_FILENO, name: displayName(path), empty: "the input is empty")
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
            throw LoadError("\(path): \(reason)")
        }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw LoadError("\(path): is a directory, not a record file") }
        guard kind == S_IFREG || kind == S_IFIFO else { throw LoadError("\(path): not a regular file or a pipe") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw LoadError("\(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        if kind == S_IFIFO { return try readStream(fd, name: path, empty: "the input is empty") }
        guard fstat(fd, &info) == 0 else { throw LoadError("\(path): \(String(cString: strerror(errno)))") }
        let size = Int(info.st_size)
        if size == 0 { throw LoadError("\(path): the file is empty") }
        if size > maximumFileSize { throw tooLarge(path, megabytes: "\(size / 1_048_576) MB") }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            HugePages.advise(buffer.baseAddress, count: size)
            // A large file is read in shares side by side (the kernel's copy, and the zeroing of
            // fresh pages, on every core); the bytes are those up to the first share that came
            // back short, as one read would give them.
            let shares = SideBySide.shares(0..<size, parts: size >= PartedParse.minimumBytes ? PartedParse.cores : 1)
            let base = buffer.baseAddress!
            let results = SideBySide.map(shares.count) { j -> (done: Int, failure: Int32) in
                let share = shares[j]
                var done = 0
                while done < share.count {
                    let n = pread(fd, base + share.lowerBound + done, share.count - done, off_t(share.lowerBound + done))
                    if n < 0 {
                        if errno == EINTR { continue }
                        return (done, errno)
                    }
                    if n == 0 { break }
                    done += n
                }
                return (done, 0)
            }
            count = 0
            for (share, result) in zip(shares, results) {
                count = share.lowerBound + result.done
                if result.failure != 0 { failure = result.failure }
                if result.failure != 0 || result.done < share.count { break }
            }
        }
        if failure != 0 { throw LoadError("\(path): \(String(cString: strerror(failure)))") }
        if bytes.isEmpty { throw LoadError("\(path): the file is empty") }
        return bytes
    }

    /// Everything `fd` gives up to its end, refused as soon as it passes `maximumFileSize`.
    private static func readStream(_ fd: Int32, name: String, empty: String) throws(LoadError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = 1 << 16
        while true {
            let before = bytes.count
            var failure: Int32 = 0
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let n = bytes.withUnsafeMutableBufferPointer { p -> Int in
                while true {
                    let n = read(fd, p.baseAddress! + before, chunk)
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 { failure = errno }
                    return n
                }
            }
            if n < 0 { throw LoadError("\(name): \(String(cString: strerror(failure)))") }
            bytes.removeLast(chunk - n)
            if n == 0 { break }
            if bytes.count > maximumFileSize { throw tooLarge(name, megabytes: "more than \(maximumFileSize / 1_048_576) MB") }
        }
        if bytes.isEmpty { throw LoadError("\(name): \(empty)") }
        return bytes
    }

    /// The one line that refuses an input over the size limit.
    private static func tooLarge(_ name: String, megabytes: String) -> LoadError {
        LoadError("\(name): the input is too large (\(megabytes); at most \(maximumFileSize / 1_048_576) MB)")
    }

    /// Checks `bytes` for binary data and turns them into UTF-8, or says why it cannot.
    static func decode(
        _ bytes: inout [UInt8], encoding: TextEncoding?, path: String, warnings: inout [String]
    ) throws(LoadError) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
            || looksLikeUTF16(bytes) {
            throw LoadError("\(path): UTF-16 text (convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8)")
        }
        if let nul = bytes.withUnsafeBufferPointer({ p in memchr(p.baseAddress!, 0, p.count).map { p.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } }) {
            throw LoadError("\(path): binary data, not a text record (a NUL byte at offset \(nul))")
        }
        if isMostlyControls(bytes) {
            throw LoadError("\(path): binary data, not a text record (control bytes throughout)")
        }
        // The quick check first; the offset of the first bad byte only when there is one.
        let badUTF8 = bytes.withUnsafeBufferPointer {
            UTF8Validation.isValidOnAllCores($0) ? -1 : vb_utf8_first_invalid($0.baseAddress!, Int64($0.count))
        }
        if badUTF8 >= 0, encoding != .gb18030, endsInsideCharacter(bytes, at: Int(badUTF8)) {
            throw LoadError("\(path): not valid UTF-8 (the file ends inside a UTF-8 character at offset \(badUTF8))")
        }
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
                let gb = error.message.lastRange(of: "not valid GB 18030 ").map { String(error.message[$0.upperBound...]) } ?? error.message
                throw LoadError("\(path): not valid UTF-8 (bad byte 0x\(hex(bytes[Int(badUTF8)])) at offset \(badUTF8)) "
                    + "nor GB 18030 \(gb)")
            }
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            throw LoadError("\(path): the file holds no text, only white space")
        }
    }

    /// UTF-16 without a byte-order mark: the NUL bytes of its ASCII characters fall on even
    /// (big-endian) or odd (little-endian) offsets, not on both alike as in binary data.
    private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        var nuls = [0, 0]
        var textual = [0, 0]
        let end = min(bytes.count, 4096) & ~1
        for k in 0..<end where bytes[k] == 0 {
            nuls[k & 1] += 1
            // The other byte of the pair is the ASCII character.
            let partner = bytes[k ^ 1]
            if (partner >= 0x20 && partner < 0x7F) || partner == 0x0A || partner == 0x0D || partner == 0x09 {
                textual[k & 1] += 1
            }
        }
        let total = nuls[0] + nuls[1]
        let side = nuls[0] >= nuls[1] ? 0 : 1
        return total >= 4 && nuls[side] * 4 >= total * 3 && textual[side] * 10 >= nuls[side] * 9
    }

    /// True when the UTF-8 sequence starting at `offset` is a correct start cut by the end of
    /// the file.
    private static func endsInsideCharacter(_ bytes: [UInt8], at offset: Int) -> Bool {
        let lead = bytes[offset]
        let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0
        guard length > 0, bytes.count - offset < length else { return false }
        return bytes[(offset + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
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
    private static func isMostlyControls(_ bytes: [UInt8]) -> Bool {
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
        let conversion = ICUConversion.run(bytes, with: vb_convert_to_utf8)
        if conversion.status == -1 {
            let bad = conversion.badOffset
            throw LoadError("\(path): not valid GB 18030 (bad byte 0x\(hex(bytes[bad])) at offset \(bad))")
        }
        if conversion.status < 0 { throw LoadError("\(path): cannot convert from GB 18030 (ICU error)") }
        return conversion.bytes
    }
}
