import Foundation
import Testing

/// The browser on a PDF: the reference record typeset by `Scripts/make-record-pdf.py` into a
/// temporary folder, opened in tmux as `verbatim FILE.pdf`.
@Suite(.serialized, .timeLimit(.minutes(1)), .enabled(if: PDFInput.available || PDFInput.underCI, PDFInput.missing))
struct PDFBrowsingTests {
    @Test func opensAGeneratedPDFOnItsSpeakers() throws {
        let pdf = try PDFInput.generate()
        let session = try TmuxSession([Paths.binary, pdf], width: 120, height: 40)
        defer { session.close() }
        #expect(try session.waitFor("? help"), "the browser did not start: \(session.dump)")
        let screen = try session.screenText()
        #expect(screen.contains("秘书长"))
        #expect(screen.contains("杜达总统"))
        // The progress line was drawn on the terminal while the PDF was read, then erased.
        #expect(String(decoding: session.output, as: UTF8.self).contains("reading PDF: "))
        try session.type("/萨巴赫先生")
        try session.send("Enter")
        #expect(try session.waitFor("科威特"))
        try session.quitAndExpectRestored()
    }

    @Test func interruptWhileReadingEndsTheBrowserAndItsChild() throws {
        let pdf = try PDFInput.generate()
        let tools = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tools) }
        let pidFile = tools.appendingPathComponent("pid").path
        let slow = tools.appendingPathComponent("pdftotext")
        try "#!/bin/sh\necho $$ > '\(pidFile)'\nexec /bin/sleep 30\n".write(to: slow, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: slow.path)

        let session = try TmuxSession([Paths.binary, pdf], width: 80, height: 24, environment: ["PATH": tools.path])
        defer { session.close() }
        var child: pid_t?
        // Up to 30 s for the browser to start the stand-in: a loaded machine (a sanitized build
        // at low priority) has taken more than 10 s.
        for _ in 0..<1500 where child == nil {
            child = (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            usleep(20_000)
        }
        let pid = try #require(child, "the stand-in pdftotext did not start")
        // The signal Ctrl-C sends (sent to the program alone: the pane's shell must survive to
        // report the exit status; pdftotext runs in a process group of its own anyway).
        let program = try #require(try session.programPID())
        #expect(kill(program, SIGINT) == 0)
        #expect(try session.exitStatus() == 130)
        var gone = false
        for _ in 0..<200 where !gone {
            gone = kill(pid, 0) != 0 && errno == ESRCH
            usleep(10_000)
        }
        #expect(gone, "the pdftotext child outlived the browser")
        #expect(try display(session) == "0 1", "the terminal is as it was")
    }

    private func display(_ session: TmuxSession) throws -> String {
        try session.display("#{alternate_on} #{cursor_flag}")
    }
}

/// Making the test PDF: Debian's python3 with reportlab, the CJK font, and pdftotext.
enum PDFInput {
    static let script = Paths.root.appendingPathComponent("Scripts/make-record-pdf.py").path
    static let underCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false
    static let missing: Comment = "the PDF generator (python3-reportlab, fonts-wqy-microhei) or pdftotext (poppler-utils) is missing"

    static let python: String? = {
        var candidates = ["/usr/bin/python3"]
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(directory)/python3")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) && run($0, ["-c", "import reportlab"]) == 0 }
    }()

    static let available: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let pdftotext = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }
        return python != nil && pdftotext
    }()

    /// Generates the PDF into a fresh temporary folder and returns its path.
    static func generate() throws -> String {
        let python = try #require(python, "no python3 with reportlab")
        let output = try Paths.temporaryDirectory().appendingPathComponent("S_PV.8160.pdf").path
        try #require(run(python, [script, Paths.fixture, output]) == 0, "make-record-pdf.py failed")
        return output
    }

    @discardableResult
    static func run(_ program: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
