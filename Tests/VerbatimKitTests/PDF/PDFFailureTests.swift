import Foundation
import Testing
@testable import VerbatimKit

/// PDFs that cannot be read: each gives one line naming the problem, and nothing is written
/// beside the input.
@Suite(GeneratedPDF.required) struct PDFFailureTests {
    private func message(_ path: String, extractor: PDFTextExtractor = PDFTextExtractor()) -> String? {
        do {
            _ = try extractor.extract(path: path)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func encryptedPDF() throws {
        let text = message(try GeneratedPDF.encrypted.path())
        #expect(text?.contains("encrypted PDF") == true, "\(text ?? "read")")
    }

    @Test func pdfWithoutText() throws {
        let text = message(try GeneratedPDF.noText.path())
        #expect(text?.contains("no text layer: a scanned PDF?") == true, "\(text ?? "read")")
    }

    @Test(arguments: [0.1, 0.5, 0.95])
    func truncatedPDF(_ fraction: Double) throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: try GeneratedPDF.standard.path()))
        let cut = Fixture.temporaryFile([UInt8](whole.prefix(Int(Double(whole.count) * fraction))), name: "cut.pdf")
        let text = message(cut)
        #expect(text?.contains("damaged PDF") == true, "\(text ?? "read")")
    }

    @Test func pdfHeaderOverOtherBytes() {
        let junk = Fixture.temporaryFile(Array("%PDF-1.7\nthis is not a PDF body\n".utf8), name: "junk.pdf")
        let text = message(junk)
        #expect(text?.contains("damaged PDF") == true, "\(text ?? "read")")
    }

    @Test func missingTool() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let extractor = PDFTextExtractor(searchPath: empty.path, timeout: 10)
        let text = message(try GeneratedPDF.standard.path(), extractor: extractor)
        #expect(text?.contains("needs pdftotext") == true)
        #expect(text?.contains("apt-get install poppler-utils") == true)
    }

    @Test func slowToolIsStoppedAtTheTimeLimit() throws {
        let tools = try FakeTools.slow()
        let extractor = PDFTextExtractor(searchPath: tools.folder.path, timeout: 0.4)
        let pdf = try GeneratedPDF.standard.path()
        let clock = ContinuousClock()
        let start = clock.now
        let text = message(pdf, extractor: extractor)
        #expect(clock.now - start < .seconds(5))
        #expect(text?.contains("pdftotext did not finish within 0.4 s") == true, "\(text ?? "read")")
        #expect(text?.contains(PDFTextExtractor.timeoutVariable) == true)
        #expect(tools.childIsGone(), "the slow pdftotext was left running")
    }

    @Test func commandsPrintOneLineAndExitOne() throws {
        let cases: [(String, String)] = [
            (try GeneratedPDF.encrypted.path(), "encrypted PDF"),
            (try GeneratedPDF.noText.path(), "no text layer"),
        ]
        let binary = try #require(PDFCommand.binary, "the verbatim executable is not built")
        for (source, problem) in cases {
            // A folder of its own, so that only this command could write beside the input.
            let bytes = try Data(contentsOf: URL(fileURLWithPath: source))
            let path = Fixture.temporaryFile([UInt8](bytes), name: "input.pdf")
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            for command in ["dump", "speakers", "refs", "render"] {
                let result = try GeneratedPDF.run(binary, [command, path])
                #expect(result.status == 1, "\(command) \(path)")
                #expect(result.err.contains(problem))
                #expect(result.err.split(separator: "\n").count == 1, "one line: \(result.err)")
                #expect(result.out.isEmpty)
            }
            let after = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(before == after, "nothing is written beside the input")
        }
    }

    @Test func interruptKillsTheReadingAndEndsTheCommand() throws {
        let tools = try FakeTools.slow()
        let binary = try #require(PDFCommand.binary, "the verbatim executable is not built")
        let pdf = try GeneratedPDF.standard.path()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["dump", pdf]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = tools.folder.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the slow tool to start, then interrupt as Ctrl-C does.
        try #require(tools.waitForChild(), "the fake pdftotext did not start")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGINT)
        #expect(tools.childIsGone(), "the pdftotext child outlived the interrupted command")
    }
}

/// The built `verbatim` executable.
enum PDFCommand {
    static let binary: String? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("verbatim"),
            Fixture.root.appendingPathComponent(".build/debug/verbatim"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
    }()
}

/// A folder holding a `pdftotext` that notes its process id and then sleeps, and a `pdfinfo`
/// that reports 24 pages: a stand-in for a tool that hangs.
struct FakeTools {
    let folder: URL

    var pidFile: URL { folder.appendingPathComponent("pid") }

    static func slow() throws -> FakeTools {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-tools-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tools = FakeTools(folder: folder)
        try write("#!/bin/sh\necho $$ > '\(tools.pidFile.path)'\nexec /bin/sleep 30\n", to: folder.appendingPathComponent("pdftotext"))
        try write("#!/bin/sh\necho 'Pages:           24'\n", to: folder.appendingPathComponent("pdfinfo"))
        return tools
    }

    private static func write(_ script: String, to url: URL) throws {
        try script.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// The fake tool's process id, once it has written it.
    var childPID: pid_t? {
        (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Waits up to 60 s for the fake tool to start (it starts within a second or two; the
    /// address-sanitizer build, with the whole suite running beside it on two cores, once took
    /// more than 10 s).
    func waitForChild() -> Bool {
        for _ in 0..<6000 {
            if childPID != nil { return true }
            usleep(10_000)
        }
        return false
    }

    /// True when the fake tool's process no longer exists (waits up to 10 s for it to go, as
    /// loaded as the machine may be; the fake sleeps 30 s).
    func childIsGone() -> Bool {
        guard let pid = childPID else { return true }
        for _ in 0..<1000 {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
            usleep(10_000)
        }
        return false
    }
}
