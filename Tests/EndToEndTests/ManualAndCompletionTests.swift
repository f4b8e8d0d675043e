import Foundation
import Testing

/// The committed man page is the one the command definitions give today, and the argument
/// parser's completion scripts know the options.
struct ManualAndCompletionTests {
    private func run(_ arguments: [String]) throws -> SpawnResult {
        let scratch = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        return try spawnAndWait([Paths.binary] + arguments, environment: ["LANG": "C.UTF-8", "HOME": scratch.path], scratch: scratch)
    }

    @Test func theCommittedManPageIsUpToDate() throws {
        let generated = try run(["generate-manual"])
        #expect(generated.status == 0)
        let page = String(decoding: generated.output, as: UTF8.self)
        let committed = try String(contentsOf: Paths.root.appendingPathComponent("docs/verbatim.1"), encoding: .utf8)
        #expect(page == committed, "docs/verbatim.1 is out of date: run `make man`")
        // It documents every command and the options of this version.
        for needle in [".SS \"verbatim render\"", "\\-\\-ambiguous", "\\-\\-print\\-config", ".SH FILES", "config.toml", ".SH EXIT STATUS"] {
            #expect(page.contains(needle), "\(needle)")
        }
        #expect(!page.contains("generate\\-manual\n.br"), "the hidden command stays out of the synopsis")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsKnowTheOptions(shell: String) throws {
        let result = try run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        let script = String(decoding: result.output, as: UTF8.self)
        for needle in ["render", "speakers", "ambiguous", "print-config", "narrow"] {
            #expect(script.contains(needle), "\(shell): \(needle)")
        }
    }
}
