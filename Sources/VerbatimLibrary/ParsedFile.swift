#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerbatimKit

/// What reading one file of a library gave: a record, a resolution's text, something else, or an error.
enum ParsedFile {
    case record(Record)
    case resolution(ResolutionText)
    case other
    case failed(String)

    /// Reads the file at `path` (already read into `bytes` for its hash): a resolution's text
    /// when its grammar says so, else a record when it has statements or cover facts.
    static func read(path: String, bytes: [UInt8]) -> ParsedFile {
        let isPDF = bytes.starts(with: Array("%PDF-".utf8))
        if !isPDF, mayBeResolution(bytes), let text = ResolutionText.decode(bytes), ResolutionText.recognises(text),
            let resolution = ResolutionText.parse(text) {
            return .resolution(resolution)
        }
        do {
            let record = try RecordLoader.load(path: path)
            let meeting = record.meeting
            let hasFacts = meeting.symbol != nil || meeting.isoDate != nil || meeting.meetingNumber != nil
            return record.statements.isEmpty && !hasFacts ? .other : .record(record)
        } catch {
            return .failed(error.message)
        }
    }

    /// A resolution's symbol or the word for one among the first 8 KB.
    private static func mayBeResolution(_ bytes: [UInt8]) -> Bool {
        let head = Array(bytes.prefix(8192))
        return resolutionWords.contains { needle in
            guard head.count >= needle.count else { return false }
            for k in 0...(head.count - needle.count) where head[k] == needle[0] && Array(head[k..<(k + needle.count)]) == needle {
                return true
            }
            return false
        }
    }

    private static let resolutionWords: [[UInt8]] = ["S/RES/", "esolution", "ESOLUTION", "ésolution", "esolución", "езолюция", "号决议"]
        .map { Array($0.utf8) }
}

extension ResolutionText {
    /// Reads the resolution's text in the UTF-8 file at `path`; `nil` when it cannot be read or is not one.
    public static func load(path: String) -> ResolutionText? {
        guard let bytes = FileBytes.read(path), let text = decode(bytes) else { return nil }
        return parse(text)
    }

    /// The text of a resolution file: UTF-8, or else Windows-1252 (older texts extracted on
    /// Windows); `nil` for bytes that are neither (control bytes other than tab and line ends).
    static func decode(_ bytes: [UInt8]) -> String? {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { return nil }
            let value = (0x80..<0xA0).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}

/// A whole file's bytes.
public enum FileBytes {
    /// The bytes of the file at `path`; `nil` when it cannot be opened.
    public static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var info = stat()
        guard fstat(fileno(file), &info) == 0 else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else { return [] }
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = fread(buffer.baseAddress, 1, size, file)
        }
        return bytes
    }
}
