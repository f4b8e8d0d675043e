import Foundation
import Testing

/// Where the `verbatim` binary and the fixture are, found from this file and the running tests.
enum Paths {
    /// The package root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The reference record.
    static let fixture = root.appendingPathComponent("Fixtures/S_PV.8160_zh.txt").path

    /// The built `verbatim` executable: next to the test bundle, else in `.build/debug`.
    static let binary: String = {
        var candidates: [URL] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(runner.deletingLastPathComponent())
        candidates.append(runner.deletingLastPathComponent().deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        candidates.append(root.appendingPathComponent(".build/debug"))
        for directory in candidates {
            let path = directory.appendingPathComponent("verbatim").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: path) {
                return path
            }
        }
        return root.appendingPathComponent(".build/debug/verbatim").path
    }()

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Errors of the tmux harness.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
}

/// A private tmux server running one command in a pane of a given size, for driving the real
/// binary as a user would. The command runs inside `sh`, which prints `exit=<status>` after it,
/// so the test sees both the exit status and the terminal state the program left behind. All
/// bytes the program writes are logged (`output`). `close()` kills the server; call it in a
/// `defer`.
final class TmuxSession {
    let socket: String
    let directory: URL
    private(set) var closed = false

    private static let counter = Counter()

    /// Starts `arguments` (the binary and its arguments) in a `width`×`height` pane.
    /// With `interactiveShell`, the pane runs an interactive bash (job control on) instead, and
    /// the test types the command itself.
    init(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:],
         interactiveShell: Bool = false) throws {
        socket = "verbatim-e2e-\(getpid())-\(TmuxSession.counter.next())"
        directory = try Paths.temporaryDirectory()
        let go = directory.appendingPathComponent("go").path
        let quoted = arguments.map(TmuxSession.shellQuote).joined(separator: " ")
        // Variables for the program alone, as `NAME=value command` (the pane's shell keeps its own).
        let assignments = environment.map { "\($0.key)=\(TmuxSession.shellQuote($0.value)) " }.joined()
        // Wait for the output log to be attached before starting the program.
        let command = interactiveShell
            ? "PS1='$ ' exec \(assignments)bash --norc --noprofile -i"
            : "\(assignments)\(quoted); echo \"exit=$?\"; sleep 120"
        let script = "while [ ! -e \(TmuxSession.shellQuote(go)) ]; do sleep 0.02; done; \(command)"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script])
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
        try tmux(["pipe-pane", "-o", "cat >> \(TmuxSession.shellQuote(outputPath))"])
        _ = FileManager.default.createFile(atPath: go, contents: Data())
    }

    deinit { close() }

    /// Kills the tmux server and removes the temporary files.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    private var outputPath: String { directory.appendingPathComponent("output").path }

    /// Every byte the pane's programs have written so far.
    var output: Data { (try? Data(contentsOf: URL(fileURLWithPath: outputPath))) ?? Data() }

    /// Everything written to the pane up to the end of the program (the shell's `exit=` line):
    /// the log is filled asynchronously, so it is read once that line has reached it.
    func outputAfterExit(timeout: TimeInterval = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = String(decoding: output, as: UTF8.self)
        while !text.contains("exit="), Date() < deadline {
            usleep(20_000)
            text = String(decoding: output, as: UTF8.self)
        }
        return text
    }

    /// The visible screen, one string per row.
    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p"]).components(separatedBy: "\n")
    }

    /// The visible screen for a failure message (empty when it cannot be read).
    var dump: String { (try? screenText()) ?? "" }

    /// The visible screen as one string.
    func screenText() throws -> String { try screen().joined(separator: "\n") }

    /// Sends keys as `tmux send-keys` takes them (`Enter`, `Tab`, `C-c`, or literal text).
    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// Sends raw bytes to the program, as a terminal would (mouse reports and the like).
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// An X10 mouse report (`ESC [ M b x y`) for button code `button` at a 0-based cell.
    func mouse(button: UInt8, x: Int, y: Int) throws {
        try sendBytes([0x1B, 0x5B, 0x4D, 32 + button, UInt8(33 + x), UInt8(33 + y)])
    }

    /// Sends text literally, character by character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// A tmux format evaluated for the pane, e.g. `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `condition` holds for it; returns the last screen either way.
    @discardableResult
    func waitFor(timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> (Bool, String) {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while true {
            text = try screenText()
            if condition(text) { return (true, text) }
            if Date() > deadline { return (false, text) }
            usleep(30_000)
        }
    }

    /// Polls until the screen contains `needle`.
    @discardableResult
    func waitFor(_ needle: String, timeout: TimeInterval = 10) throws -> Bool {
        try waitFor(timeout: timeout) { $0.contains(needle) }.0
    }

    /// Waits for the program to end and returns its exit status (from the `exit=` line).
    func exitStatus(timeout: TimeInterval = 10) throws -> Int? {
        let (found, text) = try waitFor(timeout: timeout) { $0.range(of: #"exit=\d+"#, options: .regularExpression) != nil }
        guard found, let range = text.range(of: #"exit=\d+"#, options: .regularExpression) else { return nil }
        return Int(text[range].dropFirst(5))
    }

    /// Sends `q`, and expects exit status 0 with the normal screen and a visible cursor back.
    func quitAndExpectRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try send("q")
        #expect(try exitStatus() == 0, sourceLocation: sourceLocation)
        #expect(try display("#{alternate_on} #{cursor_flag}") == "0 1", "terminal restored", sourceLocation: sourceLocation)
    }

    /// The process id of the program (the child of the pane's shell), once it runs.
    func programPID(timeout: TimeInterval = 10) throws -> pid_t? {
        guard let shell = Int32(try display("#{pane_pid}")) else { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            for field in children.split(separator: " ") {
                if let pid = Int32(field), isProgram(pid) { return pid }
            }
            usleep(20_000)
        }
        return nil
    }

    private func isProgram(_ pid: pid_t) -> Bool {
        let command = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
        return command.hasPrefix(Paths.binary) || command.contains("verbatim\0")
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "TMUX")
        // The pane starts from a neutral environment: the test runner's NO_COLOR (SwiftPM sets
        // it when its output is not a terminal) must not reach the program unless a test asks.
        environment.removeValue(forKey: "NO_COLOR")
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        // No config file of the machine's user: a test that wants one points here itself.
        environment["XDG_CONFIG_HOME"] = directory.path
        let result = try spawnAndWait([TmuxSession.tmuxPath, "-L", socket] + arguments, environment: environment, scratch: directory)
        guard result.status == 0 else {
            throw HarnessError(description: "tmux \(arguments.joined(separator: " ")): \(String(decoding: result.errors, as: UTF8.self))")
        }
        let data = result.output
        return String(decoding: data, as: UTF8.self)
    }

    static let tmuxPath: String = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(directory) + "/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "/usr/bin/tmux"
    }()

    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A thread-safe counter for unique socket names.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
