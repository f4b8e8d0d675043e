import Foundation
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
        if !isPDF, mayBeResolution(bytes), let text = String(validating: bytes, as: UTF8.self),
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

    /// `S/RES/` among the first 4 KB.
    private static func mayBeResolution(_ bytes: [UInt8]) -> Bool {
        let needle = Array("S/RES/".utf8)
        let end = min(bytes.count, 4096)
        guard end >= needle.count else { return false }
        for k in 0...(end - needle.count) where bytes[k] == needle[0] && Array(bytes[k..<(k + needle.count)]) == needle {
            return true
        }
        return false
    }
}

extension ResolutionText {
    /// Reads the resolution's text in the UTF-8 file at `path`; `nil` when it cannot be read or is not one.
    public static func load(path: String) -> ResolutionText? {
        guard let bytes = FileBytes.read(path), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return parse(text)
    }
}

/// A whole file's bytes.
enum FileBytes {
    static func read(_ path: String) -> [UInt8]? {
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
