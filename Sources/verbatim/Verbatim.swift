import ArgumentParser
import VerbatimKit

/// The `verbatim` command: browse a UN verbatim record, or print its parts for scripts.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Browse UN verbatim meeting records in the terminal.",
        subcommands: [BrowseCommand.self, DumpCommand.self, SpeakersCommand.self, RefsCommand.self, RenderCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
