import ArgumentParser
import Foundation
import VerbatimKit
import VerbatimLibrary

/// The `verbatim` command: browse a UN verbatim record, or print its parts for scripts.
///
/// Exit status: 0 on success, 1 when the input cannot be read, 2 for a usage error.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Browse UN verbatim meeting records in the terminal.",
        subcommands: [BrowseCommand.self, DumpCommand.self, SpeakersCommand.self, RefsCommand.self, RenderCommand.self,
                      IndexCommand.self, SearchCommand.self, CitesCommand.self,
                      ExportCommand.self, GenerateManualCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    /// Exit status for input that cannot be read.
    static let badInputStatus: Int32 = 1
    /// Exit status for a usage error (argument parsing's own code is mapped to this).
    static let usageStatus: Int32 = 2

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as LibraryError {
            FileHandle.standardError.write(Data("verbatim: \(error.message)\n".utf8))
            Foundation.exit(badInputStatus)
        } catch let error as LoadError {
            FileHandle.standardError.write(Data("verbatim: \(error.message)\n".utf8))
            Foundation.exit(badInputStatus)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(usageStatus)
            }
            exit(withError: error)
        }
    }
}
