import Foundation
import Testing

/// The text of a PDF as poppler's `pdftotext` gives it, for tests of the statement grammar on
/// the real English PDFs; tests that need it are skipped when `pdftotext` is not installed.
enum PdfToText {
    /// The path of `pdftotext` on `PATH`, or `nil`.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// The trait that skips a test when `pdftotext` or `../shared` is absent.
    static let required = ConditionTrait.enabled(
        if: executable != nil && SharedFixtures.available, "pdftotext or ../shared/fixtures/real is absent")

    /// The UTF-8 text of the PDF at `path`, in reading order (`raw`: content-stream order).
    static func text(_ path: String, raw: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? "/usr/bin/pdftotext")
        process.arguments = (raw ? ["-raw"] : []) + ["-enc", "UTF-8", "-eol", "unix", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
