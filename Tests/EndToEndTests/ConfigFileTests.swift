import Foundation
import Testing

/// The config file as the commands read it: a bad one is one line on standard error naming the
/// file, line and problem, and the defaults are used; `--print-config` prints the settings in
/// force; the browser and `render` both follow it.
struct ConfigFileTests {
    /// A config home holding `verbatim/config.toml` with `text`.
    private func configHome(_ text: String) throws -> URL {
        let home = try Paths.temporaryDirectory()
        let folder = home.appendingPathComponent("verbatim")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        return home
    }

    private func run(_ arguments: [String], configHome: URL) throws -> SpawnResult {
        let environment = ["XDG_CONFIG_HOME": configHome.path, "HOME": configHome.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        return try spawnAndWait([Paths.binary] + arguments, environment: environment, scratch: configHome)
    }

    @Test func aBadFileIsOneLineAndTheDefaults() throws {
        let home = try configHome("# mine\n[keys]\nquit = \"x\"\n[colors]\ncitation = \"purple\"\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let path = home.appendingPathComponent("verbatim/config.toml").path
        let result = try run(["render", Paths.fixture, "--size", "80x10", "--keys", "x"], configHome: home)
        #expect(result.status == 0)
        let errors = String(decoding: result.errors, as: UTF8.self)
        #expect(errors == "verbatim: \(path):5: in the style of citation, 'purple' is not a colour or an attribute; using the default settings\n")
        // The defaults: x is no key, so the screen is drawn; q stays quit.
        let screen = String(decoding: result.output, as: UTF8.self)
        #expect(screen.contains("? help  q quit"))
    }

    @Test func printConfigShowsTheSettingsInForce() throws {
        let home = try configHome("ambiguous-width = \"wide\"\n[keys]\nquit = [\"x\", \"C-c\"]\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["--print-config"], configHome: home)
        #expect(result.status == 0)
        let text = String(decoding: result.output, as: UTF8.self)
        #expect(text.hasPrefix("# from \(home.appendingPathComponent("verbatim/config.toml").path)\n"))
        #expect(text.contains("ambiguous-width = \"wide\""))
        #expect(text.contains("quit = [\"x\", \"C-c\"]"))
        #expect(text.contains("next-statement = [\"}\", \"J\"]"))
        #expect(text.contains("citation = \"cyan underline\""))
        // The command line wins over the file.
        let overridden = try run(["--print-config", "--ambiguous", "narrow"], configHome: home)
        #expect(String(decoding: overridden.output, as: UTF8.self).contains("ambiguous-width = \"narrow\""))
    }

    @Test func renderFollowsTheFileAndTheCommandLineWins() throws {
        let home = try configHome("ambiguous-width = \"wide\"\n[keys]\nhelp = \"H\"\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let wide = String(decoding: try run(["render", Paths.fixture, "--size", "80x12"], configHome: home).output, as: UTF8.self)
        #expect(wide.contains("+- Speakers 24"), "wide frames in ASCII:\n\(wide)")
        #expect(wide.contains("H help  q quit"))
        let narrow = String(decoding: try run(["render", Paths.fixture, "--size", "80x12", "--ambiguous", "narrow"], configHome: home).output, as: UTF8.self)
        #expect(narrow.contains("┌─ Speakers 24"))
        let help = String(decoding: try run(["render", Paths.fixture, "--size", "100x40", "--keys", "H G"], configHome: home).output, as: UTF8.self)
        #expect(help.contains("ambiguous width: wide (set)"))
        #expect(help.contains("config file: \(home.appendingPathComponent("verbatim/config.toml").path)"))
    }

    @Test func theInitialScreenCanBeTheFirstStatement() throws {
        let home = try configHome("initial-screen = \"statement\"\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let screen = String(decoding: try run(["render", Paths.fixture, "--size", "100x12"], configHome: home).output, as: UTF8.self)
        #expect(screen.contains("statement 1/24"), "\(screen)")
        let byDefault = try configHome("")
        defer { try? FileManager.default.removeItem(at: byDefault) }
        let start = String(decoding: try run(["render", Paths.fixture, "--size", "100x12"], configHome: byDefault).output, as: UTF8.self)
        #expect(!start.contains("statement 1/24"))
    }

    @Test func keyClashesAreOneLineAtStartUp() throws {
        let home = try configHome("[keys]\nnext-statement = [\"n\", \"j\"]\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["render", Paths.fixture, "--size", "80x10", "--keys", "n"], configHome: home)
        let errors = String(decoding: result.errors, as: UTF8.self)
        #expect(errors.split(separator: "\n").count == 1)
        #expect(errors.contains("j: nextStatement (was lineDown); n: nextStatement (was nextMatch)"))
        #expect(String(decoding: result.output, as: UTF8.self).contains("statement 1/24"))
    }

    @Test func theBrowserShowsABadFileOnTheStatusRowAndUsesTheDefaults() throws {
        let home = try configHome("[keys]\nquit = \"x\"\ninitial-screen = \"overview\"\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 160, height: 30,
                                      environment: ["XDG_CONFIG_HOME": home.path])
        defer { session.close() }
        #expect(try session.waitFor("config.toml:3: unknown action 'initial-screen'"), "\(session.dump)")
        try session.send("x")
        // x is no key with the defaults: still running, and q quits.
        #expect(try session.waitFor("? help  q quit"))
        try session.quitAndExpectRestored()
    }

    @Test func theBrowserTakesTheKeysAndWidthOfTheFile() throws {
        let home = try configHome("ambiguous-width = \"wide\"\n[keys]\nquit = \"x\"\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try TmuxSession([Paths.binary, Paths.fixture], width: 100, height: 30,
                                      environment: ["XDG_CONFIG_HOME": home.path])
        defer { session.close() }
        #expect(try session.waitFor("x quit"), "\(session.dump)")
        #expect(try session.screenText().contains("+- Speakers 24"))
        try session.send("x")
        #expect(try session.exitStatus() == 0)
    }
}
