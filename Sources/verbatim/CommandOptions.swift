import ArgumentParser
import VerbatimKit

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension TextEncoding: ExpressibleByArgument {}

extension BidiMode: ExpressibleByArgument {}

/// `--format text|json` and its short form `--json`, shared by every command.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Short for --format json.")
    var json = false

    /// The format asked for.
    var effective: OutputFormat { json ? .json : format }
}

/// The record file argument and its encoding override.
struct RecordOptions: ParsableArguments {
    @Argument(help: "The record file (UTF-8 or GB 18030 text).")
    var file: String

    @Option(name: .long, help: "The file's encoding: utf-8 or gb18030 (default: guessed).")
    var encoding: TextEncoding?

    /// The parsed record; a `LoadError` reaches the root command, which exits with status 1.
    func load() throws -> Record {
        try RecordLoader.load(path: file, encoding: encoding)
    }
}
