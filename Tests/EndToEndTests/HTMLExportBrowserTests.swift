import Foundation
import Testing

/// The HTML export loaded in a real browser (Debian's `chromium`, headless): the page renders
/// with every statement, an anchor such as `#st-7` names an element, and the browser logs no
/// console message. Skipped without chromium, except under CI, where it fails.
@Suite(.serialized, .timeLimit(.minutes(3)), .enabled(if: HeadlessChromium.path != nil || HeadlessChromium.underCI, "chromium is not installed"))
struct HTMLExportBrowserTests {
    /// Exports `record` as HTML into `folder`.
    private func export(_ record: String, to folder: URL) throws -> String {
        let page = folder.appendingPathComponent("record.html").path
        let result = try spawnAndWait([Paths.binary, "export", record, "--to", "html", "-o", page],
                                      environment: ProcessInfo.processInfo.environment, scratch: folder)
        #expect(result.status == 0, "\(String(decoding: result.errors, as: UTF8.self))")
        return page
    }

    @Test func theFixtureRendersWithWorkingAnchorsAndNoConsoleErrors() throws {
        let folder = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try export(Paths.fixture, to: folder)
        let loaded = try HeadlessChromium.load("file://\(page)#st-7", scratch: folder)
        #expect(loaded.console.isEmpty, "console: \(loaded.console)")
        // Rendered: the document's DOM holds all 24 statements, the last one's words included.
        #expect(loaded.dom.components(separatedBy: "class=\"statement\"").count - 1 == 24)
        #expect(loaded.dom.contains("我谨重申安全理事会人人皆知的事实"))
        // The anchor of the URL names exactly one element, statement 7's section.
        #expect(loaded.dom.components(separatedBy: "id=\"st-7\"").count - 1 == 1)
        #expect(loaded.dom.contains("<section class=\"statement\" id=\"st-7\">"))
        #expect(loaded.dom.contains("<a href=\"#st-7\">"))
    }

    @Test func markupInTheRecordStaysText() throws {
        let folder = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("hostile.txt")
        let text = "上午10时20分开会。\n\n主席（以英语发言）：<script>alert(1)</script> 按第1540（2004）号决议 </style><img src=x onerror=alert(2)>\u{1B}[31m\n\n下午1时散会。\n"
        try Data(text.utf8).write(to: record)
        let page = try export(record.path, to: folder)
        let loaded = try HeadlessChromium.load("file://\(page)", scratch: folder)
        #expect(loaded.console.isEmpty, "console: \(loaded.console)")
        #expect(!loaded.dom.contains("<script"))
        #expect(!loaded.dom.contains("<img"))
        #expect(loaded.dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(loaded.dom.contains("^[[31m"))
    }

    /// The console check itself: a page whose script fails is caught.
    @Test func aFailingScriptIsSeenInTheConsole() throws {
        let folder = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("bad.html")
        try Data("<!DOCTYPE html><html><body><p>x</p><script>noSuchFunction();</script></body></html>".utf8).write(to: page)
        let loaded = try HeadlessChromium.load("file://\(page.path)", scratch: folder)
        #expect(loaded.console.contains { $0.contains("Uncaught") })
    }
}

/// Debian's chromium run headless: the DOM after load, and the console messages it logged.
enum HeadlessChromium {
    static let underCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false

    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser"] {
            for folder in folders + ["/usr/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    struct Loaded {
        var dom: String
        /// Log lines from the page's console (`…:CONSOLE…`) or an uncaught error.
        var console: [String]
    }

    static func load(_ url: String, scratch: URL) throws -> Loaded {
        let chromium = try #require(path, "chromium is not installed (apt-get install -y chromium)")
        let profile = scratch.appendingPathComponent("profile-\(UUID().uuidString)").path
        var arguments = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--user-data-dir=\(profile)", "--enable-logging=stderr", "--v=0", "--dump-dom", url]
        // A browser that hangs must not hang the tests.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout") { arguments = ["/usr/bin/timeout", "90"] + arguments }
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = scratch.path
        let result = try spawnAndWait(arguments, environment: environment, scratch: scratch)
        let log = String(decoding: result.errors, as: UTF8.self)
        #expect(result.status == 0, "chromium exited with \(result.status): \(log.suffix(2000))")
        let console = log.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }
        return Loaded(dom: String(decoding: result.output, as: UTF8.self), console: console)
    }
}
