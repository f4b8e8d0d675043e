import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerbatimKit
import VerbatimTUI

/// `verbatim [FILE…]` (the default command): browse a record full-screen, or print it as plain
/// wrapped text when the output is not a terminal. Several files of one meeting (its language
/// versions) are read side by side.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse a record in the terminal (plain text when the output is not a terminal)."
    )

    @Argument(help: "The record file (default: the bundled sample record S/PV.8160); several files of one meeting are shown side by side.")
    var files: [String] = []

    @Option(help: "The file's encoding: utf-8 or gb18030 (default: guessed).")
    var encoding: TextEncoding?

    @Option(help: "Right-to-left text: reorder (here, with Arabic shaped) or terminal (left to the terminal).")
    var bidi: BidiMode = .reorder

    @Option(help: "Line width of the plain-text output.")
    var width: Int = 80

    func validate() throws {
        if width < 1 { throw ValidationError("--width must be at least 1") }
    }

    func run() throws {
        // Before anything else (and before any thread starts): the exit signals wait for the
        // event loop, which restores the terminal before exiting.
        let interactive = isatty(STDOUT_FILENO) != 0
        if interactive { ExitSignals.block() }

        let paths = files.isEmpty ? [Self.bundledSample()] : files
        // A file that cannot be read: one line, exit status 1 (the root command reports it).
        // A PDF's reading shows its progress on the terminal.
        let progress = interactive ? PDFReadingProgress.forTerminal() : nil
        defer { progress?.finish() }
        let records = try paths.map { path in
            try RecordLoader.load(path: path, encoding: encoding, progress: progress.map { line in
                { done, total in line.update(done: done, total: total) }
            })
        }
        progress?.finish()
        let versions = zip(records, paths).map { (record: $0.0, path: Optional($0.1)) }
        // Files that are not versions of one meeting: one line, exit status 1.
        let probe: AppState
        do {
            probe = try AppState(versions: versions)
        } catch let error as ParallelVersionsError {
            Self.fail(error.message)
        }

        guard interactive else {
            // Each version in turn, headed by its file name when there are several.
            for (record, path) in zip(records, paths) {
                if paths.count > 1 {
                    StandardStream.output.write("==> \(path) <==\n")
                }
                PlainTextExport.write(record, path: path, width: width) { piece in
                    StandardStream.output.write(piece)
                }
            }
            return
        }
        do {
            let status = try Runtime.run(path: paths[0]) { colors, size in
                var state = probe
                state.colors = colors
                state.size = size
                state.bidi = bidi
                return state
            }
            if status != 0 { throw ExitCode(status) }
        } catch let error as TerminalError {
            Self.fail(error.message)
        }
    }

    /// Writes `verbatim: message` on standard error and exits with status 1.
    static func fail(_ message: String) -> Never {
        StandardStream.error.write("verbatim: \(message)\n")
        Glibc.exit(1)
    }

    /// The sample record shipped with the sources, found from this file's path; else
    /// `Fixtures/S_PV.8160_zh.txt` under the current directory.
    static func bundledSample(sourcePath: String = #filePath) -> String {
        var root = sourcePath
        for _ in 0..<4 { root = DirectoryListing.folder(of: root) }
        let bundled = root + "/Fixtures/S_PV.8160_zh.txt"
        return DirectoryListing.exists(bundled) ? bundled : "Fixtures/S_PV.8160_zh.txt"
    }
}
