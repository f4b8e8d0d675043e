import Foundation
import Testing
@testable import VerbatimKit

/// Parsing helpers for the tests of covers, headers, footers and page numbers.
enum Furniture {
    /// A parsed text with the printed page of each of its lines.
    struct Parsed {
        var record: Record
        /// Printed page by 1-based line number.
        var pages: [Int: Int]
        /// The text's lines, 0-based.
        var lines: [String]

        /// The printed page of the first line that contains `text` (after `from`, a 1-based
        /// line number).
        func page(ofLineContaining text: String, after from: Int = 0) -> Int? {
            for (k, line) in lines.enumerated() where k + 1 > from && line.contains(text) {
                return pages[k + 1]
            }
            return nil
        }

        /// The printed page of the last line that contains `text`.
        func page(ofLastLineContaining text: String) -> Int? {
            for (k, line) in lines.enumerated().reversed() where line.contains(text) { return pages[k + 1] }
            return nil
        }
    }

    /// Parses `text` as the loader would once decoded (two-column pages read column by
    /// column), keeping the page of each line.
    static func parse(_ text: String) -> Parsed {
        var original = text
        let rearranged = original.withUTF8 { TwoColumnLayout.rearrange($0) }
        let text = rearranged.map { String(decoding: $0, as: UTF8.self) } ?? text
        var copy = text
        return copy.withUTF8 { bytes in
            var parser = RecordParser(bytes: bytes, warnings: [])
            let record = parser.parse()
            return Parsed(record: record, pages: parser.printedPages(), lines: text.components(separatedBy: "\n"))
        }
    }

    /// Reads a cover from its lines.
    static func cover(_ lines: [String]) -> Meeting {
        CoverPage(texts: lines).meeting
    }

    /// `pdftotext` on `PATH`, or `nil`.
    static let pdftotext: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// The trait that skips a test when `pdftotext` is not installed.
    static let needsPdftotext = ConditionTrait.enabled(if: pdftotext != nil, "pdftotext (poppler-utils) is not installed")

    /// The text `pdftotext -enc UTF-8 -eol unix [extra] FILE -` prints.
    static func extract(_ pdf: String, _ extra: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext ?? "/usr/bin/pdftotext")
        process.arguments = extra + ["-enc", "UTF-8", "-eol", "unix", pdf, "-"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
