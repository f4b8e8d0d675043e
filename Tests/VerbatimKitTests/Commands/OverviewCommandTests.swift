import Foundation
import Testing

/// `render` opens on the overview; `--at`, `--ascii` and a bad `--at`.
@Suite struct OverviewCommandTests {
    /// Runs the built `verbatim` with `arguments` in a UTF-8 locale; status and standard output.
    func render(_ arguments: String...) throws -> (status: Int32, out: String) {
        let path = try #require(CommandTests.executable, "the verbatim executable is not built")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["render", Fixture.path, "--size", "120x40"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func renderShowsTheOverviewFirst() throws {
        let result = try render()
        #expect(result.status == 0)
        #expect(result.out.contains("10:20–13:00 · 2 h 40 min"))
        #expect(result.out.contains("█"))
        let ascii = try render("--ascii")
        #expect(ascii.out.contains("###") && !ascii.out.contains("█"))
    }

    @Test func atTakesAStatementOrAReference() throws {
        #expect(try render("--at", "7").out.contains("Statement 7/24"))
        let reference = try render("--at", "S/RES/1540 (2004)")
        #expect(reference.out.contains("S/RES/1540 (2004): mention 1/"))
        #expect(try render("--at", "99").status == 1)
        #expect(try render("--at", "S/RES/9999 (2099)").status == 1)
    }
}
