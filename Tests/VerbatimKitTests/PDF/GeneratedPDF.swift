import Foundation
import Testing
@testable import VerbatimKit

/// PDFs typeset from the reference record at test time by `Scripts/make-record-pdf.py`
/// (reportlab and a CJK font), into a temporary folder; nothing generated is kept in the sources.
///
/// When the generator or poppler's `pdftotext` is missing, the tests that need them are skipped,
/// except under CI (the `CI` environment variable is set), where they run and fail.
enum GeneratedPDF: String, CaseIterable {
    /// Cover page, then two-column body pages with headers and footers (24 pages).
    case standard = ""
    /// The body in one column.
    case oneColumn = "--one-column"
    /// No cover page: the body starts on PDF page 1 (its footers still say 2/24).
    case noCover = "--no-cover"
    /// No running headers or footers: page numbers come from the page order.
    case noFurniture = "--no-furniture"
    /// Shapes and an image only, no text layer.
    case noText = "--no-text"
    /// Encrypted with a user password.
    case encrypted = "--encrypt"

    /// The generator script.
    static let script = Fixture.root.appendingPathComponent("Scripts/make-record-pdf.py").path

    /// The Python that has reportlab: Debian's, else the first on `PATH`.
    static let python: String? = {
        var candidates = ["/usr/bin/python3"]
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(directory)/python3")
        }
        return candidates.first { path in
            FileManager.default.isExecutableFile(atPath: path)
                && (try? run(path, ["-c", "import reportlab"]).status) == 0
        }
    }()

    /// True when pdftotext is on `PATH`.
    static let hasPdftotext = PDFTextExtractor().find("pdftotext") != nil

    /// True when the PDFs can be made and read here.
    static let available = python != nil && hasPdftotext && fontInstalled

    static var fontInstalled: Bool {
        ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"]
            .contains { FileManager.default.fileExists(atPath: $0) }
    }

    /// Whether this is a CI run, where missing tools are a failure rather than a skip.
    static let underCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false

    /// The trait for tests that need generated PDFs.
    static let required = ConditionTrait.enabled(
        if: available || underCI,
        "the PDF generator (python3-reportlab, fonts-wqy-microhei) or pdftotext (poppler-utils) is missing")

    /// The folder the PDFs are generated in, once per test run.
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-pdf-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// The password of the encrypted variant.
    static let password = "secret"

    /// The path of this variant, generated on first use; the test fails when it cannot be made.
    func path() throws -> String {
        let made = Self.made[self]!
        return try made.get()
    }

    private static let made: [GeneratedPDF: Result<String, GenerationError>] = {
        var results: [GeneratedPDF: Result<String, GenerationError>] = [:]
        for variant in GeneratedPDF.allCases { results[variant] = variant.generate() }
        return results
    }()

    private func generate() -> Result<String, GenerationError> {
        guard let python = Self.python else {
            return .failure(GenerationError(description: "no python3 with reportlab (apt-get install python3-reportlab)"))
        }
        guard Self.hasPdftotext else {
            return .failure(GenerationError(description: "pdftotext is missing (apt-get install poppler-utils)"))
        }
        let output = Self.folder.appendingPathComponent("S_PV.8160\(rawValue.isEmpty ? "" : rawValue).pdf").path
        var arguments = [Self.script, Fixture.path, output]
        if self == .encrypted {
            arguments += [rawValue, Self.password]
        } else if !rawValue.isEmpty {
            arguments.append(rawValue)
        }
        guard let result = try? Self.run(python, arguments), result.status == 0 else {
            return .failure(GenerationError(description: "make-record-pdf.py failed for \(self)"))
        }
        return .success(output)
    }

    struct GenerationError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a program and waits for it; standard error is kept.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws
        -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
