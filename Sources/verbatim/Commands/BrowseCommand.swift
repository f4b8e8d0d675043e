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

    @Argument(help: "The record file (default: the bundled sample record S/PV.8160); several files of one meeting are shown side by side; a folder opens it as a library; a symbol (S/PV.8160) opens that meeting from the library used last.")
    var files: [String] = []

    @Option(help: "With a folder: the library's index file (default: in $XDG_CACHE_HOME/verbatim, keyed by the folder).")
    var index: String?

    @Option(help: "The file's encoding: utf-8 or gb18030 (default: guessed).")
    var encoding: TextEncoding?

    @Option(help: "Right-to-left text: reorder (here, with Arabic shaped) or terminal (left to the terminal).")
    var bidi: BidiMode = .reorder

    @Option(help: ArgumentHelp(
        "Open at statement N, or at the first mention of a reference (\"S/RES/1540 (2004)\"), instead of the overview.",
        valueName: "N|REFERENCE"))
    var at: String?

    @Flag(help: "Draw the overview's bars with # instead of block elements (also when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Line width of the plain-text output.")
    var width: Int = 80

    @Option(help: ArgumentHelp(
        "How wide East Asian ambiguous characters (• · — “ ─) are drawn: auto (ask the terminal), narrow or wide (default: the config file's, else auto).",
        valueName: "auto|narrow|wide"))
    var ambiguous: AmbiguousWidthMode?

    @Flag(help: "Print the effective configuration (the config file's settings over the defaults) and exit.")
    var printConfig = false

    func validate() throws {
        if width < 1 { throw ValidationError("--width must be at least 1") }
    }

    func run() throws {
        let configFile = StartupConfig.load()
        if printConfig {
            var config = configFile.config
            if let ambiguous { config.ambiguousWidth = ambiguous }
            let source = configFile.path.map { configFile.used ? "# from \($0)" : "# defaults (\($0) was not used)" } ?? "# defaults"
            print(source + "\n" + config.rendered, terminator: "")
            return
        }
        // Before anything else (and before any thread starts): the exit signals wait for the
        // event loop, which restores the terminal before exiting.
        let interactive = isatty(STDOUT_FILENO) != 0
        if interactive { ExitSignals.block() }

        // The settings of the config file and the command line, applied to any state opened.
        let ambiguousMode = ambiguous ?? configFile.config.ambiguousWidth
        let asciiBars = ascii || !LocaleCharset.isUTF8(environment: ProcessEnvironment.values(["LC_ALL", "LC_CTYPE", "LANG"]))
        let settings: (inout AppState) -> Void = { state in
            configFile.config.apply(to: &state)
            state.ascii = asciiBars
            state.configPath = configFile.used ? configFile.path : nil
            state.setAmbiguousWidth(ambiguousMode)
            // What was wrong with the config file is on the status row too, until the first key.
            if let problem = configFile.messages.first {
                _ = App.update(&state, .notice(String(problem.dropFirst("verbatim: ".count))))
            }
        }

        if files.count == 1, let target = LibraryBrowse.target(of: files[0]) {
            let status = try LibraryBrowse.run(
                target, index: index, interactive: interactive, bidi: bidi, encoding: encoding, width: width,
                displayWidth: DisplayWidth(ambiguous: AmbiguousWidthSetting(mode: ambiguousMode).width),
                probeAmbiguousWidth: ambiguousMode == .auto, configure: settings)
            if status != 0 { throw ExitCode(status) }
            return
        }

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
        var probe: AppState
        do {
            probe = try AppState(versions: versions)
        } catch let error as ParallelVersionsError {
            Self.fail(error.message)
        }

        settings(&probe)
        probe.showInitialScreen()
        let displayWidth = DisplayWidth(ambiguous: probe.ambiguousWidth.width)
        // A place `--at` names that the record lacks: one line, exit status 1.
        if let at {
            var check = probe
            if !check.open(at: at) { Self.fail("no statement or reference '\(at)' in \(probe.document.name)") }
        }

        guard interactive else {
            // Each version in turn, headed by its file name when there are several.
            for (record, path) in zip(records, paths) {
                Warnings.report(record.warnings)
                if paths.count > 1 {
                    StandardStream.output.write("==> \(path) <==\n")
                }
                PlainTextExport.write(record, path: path, width: width, displayWidth: displayWidth) { piece in
                    StandardStream.output.write(piece)
                }
            }
            return
        }
        do {
            let status = try Runtime.run(path: paths[0], probeAmbiguousWidth: probe.ambiguousWidth.mode == .auto) { colors, size in
                var state = probe
                state.colors = colors
                state.size = size
                state.bidi = bidi
                if let at { state.open(at: at) }
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
