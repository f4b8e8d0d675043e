// PLACEHOLDER — replaced by its issue.
import ArgumentParser
import VerbatimKit

/// `verbatim refs`.
struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "refs")

    @Argument(help: "The record file.")
    var file: String?

    func run() throws {
        let record = try RecordLoader.load(path: file ?? "Fixtures/S_PV.8160_zh.txt")
        print("\(record.statements.count) statements")
    }
}
