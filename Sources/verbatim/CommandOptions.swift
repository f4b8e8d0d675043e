import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerbatimTUI
import VerbatimKit
import VerbatimTUI

/// How a command prints its result.
enum OutputFormat: String, ArgumentChoice {
    case text
    case json
}

extension TextEncoding: ArgumentChoice {}

extension BidiMode: ArgumentChoice {}

extension AmbiguousWidthMode: ArgumentChoice {}

/// The ambiguous widths `render` takes (it has no terminal to ask).
enum FixedAmbiguousWidth: String, ArgumentChoice {
    case narrow
    case wide
}

/// The config file, read once per command: its messages go to standard error.
enum StartupConfig {
    static func load() -> ConfigFile {
        let file = ConfigFile.load(environment: ProcessEnvironment.values(["XDG_CONFIG_HOME", "HOME"]))
        for message in file.messages { StandardStream.error.write(message + "\n") }
        return file
    }
}

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
    @Argument(help: "The record file (UTF-8 or GB 18030 text, or a PDF).")
    var file: String

    @Option(name: .long, help: "The file's encoding: utf-8 or gb18030 (default: guessed).")
    var encoding: TextEncoding?

    /// The parsed record; a `LoadError` reaches the root command, which exits with status 1.
    func load() throws -> Record {
        try RecordLoader.load(path: file, encoding: encoding)
    }
}

/// The progress line shown on standard error while a PDF's text is read: `reading PDF: 120/312
/// pages`, redrawn in place and erased when the reading ends. Only for a terminal.
final class PDFReadingProgress {
    private var shown = -1
    private var lastDraw: UInt64 = 0

    /// A progress line when both standard output and standard error are terminals, else `nil`.
    static func forTerminal() -> PDFReadingProgress? {
        isatty(STDOUT_FILENO) != 0 && isatty(STDERR_FILENO) != 0 ? PDFReadingProgress() : nil
    }

    /// Draws `done/total` (at most every 50 ms, and always the last page).
    func update(done: Int, total: Int) {
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let now = UInt64(clock.tv_sec) * 1_000_000_000 + UInt64(clock.tv_nsec)
        guard done != shown, done == total || now - lastDraw >= 50_000_000 else { return }
        shown = done
        lastDraw = now
        let count = total > 0 ? "\(done)/\(total)" : "\(done)"
        StandardStream.error.write("\r\u{1B}[Kreading PDF: \(count) pages")
    }

    /// Erases the line, if anything was drawn.
    func finish() {
        if shown >= 0 { StandardStream.error.write("\r\u{1B}[K") }
        shown = -1
    }
}
