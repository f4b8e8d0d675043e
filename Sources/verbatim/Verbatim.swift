import ArgumentParser
import VerbatimKit

/// The `verbatim` command: browse a UN verbatim record, or print its parts for scripts.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Browse UN verbatim meeting records in the terminal."
    )

    @Argument(help: "The record to open (default: the bundled sample).")
    var file: String?

    func run() throws {
        let record = try RecordLoader.load(path: file ?? "Fixtures/S_PV.8160_zh.txt")
        print("\(record.statements.count) statements")
    }
}
