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

    /// The command, when the first argument names a subcommand and the rest parse as that
    /// command on its own; `nil` otherwise (no name, help, completions, any error), for the root
    /// to parse and report as it always does (its help and messages name the whole command).
    /// Parsing the named command alone spares the parser building the argument sets of the
    /// root and of the commands beside it (about 3.4 M instructions of each start); a command
    /// line the subcommand accepts is read the same either way, as the root only hands the rest
    /// of the line to it.
    static func parseNamedSubcommand(_ arguments: ArraySlice<String> = CommandLine.arguments.dropFirst()) -> ParsableCommand? {
        guard let name = arguments.first,
            let type = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
            let parsed = try? type.parseAsRoot(Array(arguments.dropFirst())),
            // The parser answers a request for help with a command of its own.
            Swift.type(of: parsed) == type
        else { return nil }
        return parsed
    }

    static func main() {
        do {
            var command = try parseNamedSubcommand() ?? parseAsRoot()
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
