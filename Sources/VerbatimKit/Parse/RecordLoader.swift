// PLACEHOLDER — replaced by the parser (issue 3). Signatures are the contract.
import Foundation

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
    /// Loads and parses the record at `path`. `encoding` overrides the guess.
    public static func load(path: String, encoding: TextEncoding? = nil) throws(LoadError) -> Record {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError("\(path): cannot read the file")
        }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Parses text already decoded.
    public static func parse(_ text: String, warnings: [String] = []) -> Record {
        let block = UnattributedBlock(text: text, page: 1, lines: LineSpan(first: 1, last: 1))
        return Record(meeting: Meeting(), blocks: [.unattributed(0)], unattributed: [block], warnings: warnings)
    }
}
