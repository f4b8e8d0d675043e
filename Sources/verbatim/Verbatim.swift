import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerbatimTUI
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
            StandardStream.error.write("verbatim: \(error.message)\n")
            Glibc.exit(badInputStatus)
        } catch let error as LoadError {
            StandardStream.error.write("verbatim: \(error.message)\n")
            Glibc.exit(badInputStatus)
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStream.error.write((fullMessage(for: error) + "\n"))
                Glibc.exit(usageStatus)
            }
            exit(withError: error)
        }
    }
}
