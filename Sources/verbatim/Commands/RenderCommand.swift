// PLACEHOLDER — replaced by its issue.
import ArgumentParser
import VerbatimKit

/// `verbatim render`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render")

    @Argument(help: "The record file.")
    var file: String?

    func run() throws {
        let record = try RecordLoader.load(path: file ?? "Fixtures/S_PV.8160_zh.txt")
        print("\(record.statements.count) statements")
    }
}
