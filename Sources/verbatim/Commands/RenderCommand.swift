import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerbatimKit
import VerbatimTUI

/// `verbatim render`: the browser's screen as text, without a terminal, after a scripted
/// sequence of keys. Tests, docs and benchmarks use it.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the browser's screen as text after a sequence of keys.",
        discussion: """
            Keys are given as tmux send-keys takes them: key names (Enter, Tab, BTab, Escape, BSpace, \
            Space, Up, Down, Left, Right, PageUp, PageDown, Home, End, C-o …) or text typed character \
            by character: --keys ":4 Enter" goes to statement 4.
            """
    )

    @Argument(help: "The record file (default: the bundled sample record); several files of one meeting are shown side by side.")
    var files: [String] = []

    @Option(help: "The file's encoding: utf-8 or gb18030 (default: guessed).")
    var encoding: String?

    @Option(help: ArgumentHelp("The screen size, as WIDTHxHEIGHT.", valueName: "WxH"))
    var size: String = "120x40"

    @Option(help: "Keys to press before printing, space-separated as for tmux send-keys.")
    var keys: String = ""

    @Option(help: "Right-to-left text: reorder (here, with Arabic shaped) or terminal (left to the terminal).")
    var bidi: BidiMode = .reorder

    @Option(help: ArgumentHelp(
        "How wide East Asian ambiguous characters (• · — “ ─) are counted: narrow or wide (default: the config file's; auto there counts as narrow).",
        valueName: "narrow|wide"))
    var ambiguous: FixedAmbiguousWidth?

    @Option(help: ArgumentHelp(
        "Open at statement N, or at the first mention of a reference (\"S/RES/1540 (2004)\"), instead of the overview.",
        valueName: "N|REFERENCE"))
    var at: String?

    @Flag(help: "Draw the overview's bars with # instead of block elements (also when the locale is not UTF-8).")
    var ascii = false

    @Flag(help: "Use the monochrome theme (the text printed is the same).")
    var monochrome = false

    @Flag(help: "Draw a frame after every key, as the terminal does, and print the time per key on stderr.")
    var timing = false

    func validate() throws {
        if let encoding, TextEncoding(rawValue: encoding.lowercased()) == nil {
            throw ValidationError("unknown encoding '\(encoding)' (use utf-8 or gb18030)")
        }
        guard RenderCommand.parseSize(size) != nil else {
            throw ValidationError("--size must be WIDTHxHEIGHT with each between 1 and 2000, e.g. 120x40")
        }
    }

    func run() throws {
        let screen = RenderCommand.parseSize(size)!
        let paths = files.isEmpty ? [RenderCommand.samplePath()] : files
        let path = paths[0]
        var versions: [(record: Record, path: String?)] = []
        do {
            for path in paths {
                let record = try RecordLoader.load(path: path, encoding: encoding.flatMap { TextEncoding(rawValue: $0.lowercased()) })
                Warnings.report(record.warnings)
                versions.append((record, path))
            }
        } catch {
            StandardStream.error.write("verbatim: \(error.message)\n")
            throw ExitCode(1)
        }
        var state: AppState
        do {
            state = try AppState(versions: versions, colors: !monochrome, size: screen)
        } catch let error as ParallelVersionsError {
            StandardStream.error.write("verbatim: \(error.message)\n")
            throw ExitCode(1)
        }
        state.siblingFiles = RenderCommand.filesBeside(path)
        state.bidi = bidi
        let configFile = StartupConfig.load()
        configFile.config.apply(to: &state)
        state.showInitialScreen()
        state.configPath = configFile.used ? configFile.path : nil
        switch ambiguous ?? FixedAmbiguousWidth(rawValue: configFile.config.ambiguousWidth.rawValue) {
        case .wide: state.setAmbiguousWidth(.wide)
        case .narrow, nil: state.setAmbiguousWidth(.narrow)
        }
        state.ascii = ascii || !LocaleCharset.isUTF8(environment: ProcessEnvironment.values(["LC_ALL", "LC_CTYPE", "LANG"]))
        _ = App.update(&state, .resize(screen))
        if let at, !state.open(at: at) {
            StandardStream.error.write("verbatim: no statement or reference '\(at)' in \(state.document.name)\n")
            throw ExitCode(1)
        }
        var pending = KeyTokens.parse(keys).map { Event.key($0) }[...]
        let clock = ContinuousClock()
        var frames: [Duration] = []
        if timing { _ = App.render(state, size: screen) }
        while let event = pending.popFirst() {
            let start = clock.now
            let effects = App.update(&state, event)
            if timing {
                _ = App.render(state, size: screen)
                frames.append(clock.now - start)
            }
            if effects.contains(.quit) { break }
            for effect in effects {
                switch effect {
                case .openRecord(let other):
                    do {
                        let opened = try RecordLoader.load(path: other)
                        pending.insert(.recordOpened(opened, path: other), at: pending.startIndex)
                    } catch {
                        pending.insert(.notice(error.message), at: pending.startIndex)
                    }
                case .openURL(let url):
                    pending.insert(.notice("not opened (no terminal): \(url)"), at: pending.startIndex)
                case .copyToClipboard(_, let label):
                    pending.insert(.notice("not copied (no terminal): \(label)"), at: pending.startIndex)
                default:
                    break
                }
            }
        }
        let grid = App.render(state, size: screen)
        StandardStream.output.write(grid.lines.joined(separator: "\n") + "\n")
        if timing && !frames.isEmpty {
            let micros = frames.map { Double($0.components.attoseconds) / 1e12 + Double($0.components.seconds) * 1e6 }.sorted()
            let mean = micros.reduce(0, +) / Double(micros.count)
            let whole = { (value: Double) in String(Int(value.rounded())) }
            let report = "\(micros.count) keys at \(screen.width)x\(screen.height): update+render mean \(whole(mean)) µs, "
                + "median \(whole(micros[micros.count / 2])) µs, max \(whole(micros.last!)) µs\n"
            StandardStream.error.write(report)
        }
    }

    /// `120x40` → 120 × 40; `nil` when malformed or out of range.
    static func parseSize(_ text: String) -> Size? {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...2000).contains(w), (1...2000).contains(h) else {
            return nil
        }
        return Size(width: w, height: h)
    }

    /// The bundled sample record: `Fixtures/S_PV.8160_zh.txt` in the package this executable
    /// was built from, else in the current directory.
    static func samplePath() -> String {
        var root = #filePath
        for _ in 0..<4 { root = DirectoryListing.folder(of: root) }
        let bundled = root + "/Fixtures/S_PV.8160_zh.txt"
        return DirectoryListing.exists(bundled) ? bundled : "Fixtures/S_PV.8160_zh.txt"
    }

    /// The names of the files in `path`'s folder (for opening cited records with `O`).
    static func filesBeside(_ path: String) -> Set<String>? {
        DirectoryListing.names(in: DirectoryListing.folder(of: path)).map(Set.init)
    }
}
