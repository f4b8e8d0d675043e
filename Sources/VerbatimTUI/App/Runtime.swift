#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerbatimKit

/// Runs the browser on the terminal: reads events, passes them through `App.update`, carries
/// out the effects, and draws `App.render` (only what changed). The terminal is restored on
/// every way out: quit, error, `SIGINT`/`SIGTERM`/`SIGHUP`, or a terminal that goes away.
public enum Runtime {
    /// Starts curses and browses `record` until the user quits; returns the exit status: 0 on
    /// quit, 128 + the signal number when a signal ended it. `ExitSignals.block()` must have been
    /// called first (before any thread started), and the record parsed before.
    public static func run(record: Record, path: String?, bidi: BidiMode = .reorder) throws(TerminalError) -> Int32 {
        try run(path: path) { colors, size in
            var state = AppState(record: record, path: path, colors: colors, size: size)
            state.bidi = bidi
            return state
        }
    }

    /// Starts curses and browses the state `makeState` builds for the terminal's colours and size
    /// (e.g. several versions side by side, `AppState(versions:)`); as `run(record:path:)`.
    /// `path` is the file whose folder `O` looks in. With `probeAmbiguousWidth`, the terminal is
    /// asked how wide it draws ambiguous characters once the first frame is on screen, and the
    /// answer comes to the app as `Event.ambiguousWidthProbed`.
    public static func run(path: String?, probeAmbiguousWidth: Bool = false, _ makeState: (Bool, Size) -> AppState) throws(TerminalError) -> Int32 {
        if let signal = ExitSignals.takePending() { return 128 + signal }
        guard UTF8Locale.apply() else {
            throw TerminalError(message: "no UTF-8 locale is available (tried the environment's and C.UTF-8)")
        }
        let noColor = ProcessEnvironment.value("NO_COLOR").map { !$0.isEmpty } ?? false
        let terminal = try Terminal(monochrome: noColor)
        defer { terminal.stop() }
        var state = makeState(terminal.colors, terminal.size)
        state.siblingFiles = path.flatMap(filesBeside)
        var session = Session(terminal: terminal, state: state)
        session.probePending = probeAmbiguousWidth
        return session.loop()
    }

    /// Starts curses on the meetings list of a library named `name` while `open` indexes its
    /// folder on a thread of its own (its progress shows in the status row; the keys work
    /// meanwhile); then carries out `start` (e.g. opening one meeting). As `run(record:path:)`.
    /// `current`, when given, is the index as it was: its meetings are listed and it answers
    /// the keys until the update is done. `configure` applies the settings (config file, ambiguous
    /// width) to the state; `probeAmbiguousWidth` as in `run(path:probeAmbiguousWidth:_:)`.
    public static func run(library name: String, current: LibrarySource? = nil, bidi: BidiMode = .reorder, encoding: TextEncoding? = nil,
                           start: [LibraryRequest] = [], probeAmbiguousWidth: Bool = false,
                           configure: (inout AppState) -> Void = { _ in },
                           open: @escaping LibraryOpener) throws(TerminalError) -> Int32 {
        if let signal = ExitSignals.takePending() { return 128 + signal }
        guard UTF8Locale.apply() else {
            throw TerminalError(message: "no UTF-8 locale is available (tried the environment's and C.UTF-8)")
        }
        let noColor = ProcessEnvironment.value("NO_COLOR").map { !$0.isEmpty } ?? false
        let terminal = try Terminal(monochrome: noColor)
        defer { terminal.stop() }
        var state = AppState(library: LibraryState(name: name, indexing: true), colors: terminal.colors, size: terminal.size)
        state.bidi = bidi
        configure(&state)
        let inbox = LibraryInbox()
        BackgroundThread.start(stackSize: 8 << 20) {
            let opened = open { progress in inbox.post(progress) }
            inbox.finish(opened.library, warnings: opened.warnings)
        }
        var session = Session(terminal: terminal, state: state)
        session.inbox = inbox
        session.encoding = encoding
        session.probePending = probeAmbiguousWidth
        if let current {
            session.library = current
            session.queue.append(.libraryLoaded(meetings: current.meetingRows(), warnings: [], indexing: true))
            for request in start { session.queue.append(LibraryAnswers.answer(request, from: current, encoding: encoding)) }
        } else {
            session.waiting = start
        }
        return session.loop()
    }

    /// The names of the files in the folder of `path`, read once so that the app can tell
    /// whether a cited record is there; `nil` when the folder cannot be read.
    static func filesBeside(_ path: String) -> Set<String>? {
        DirectoryListing.names(in: DirectoryListing.folder(of: path)).map(Set.init)
    }
}

/// One browsing session: the state, the terminal, and the events waiting to be applied.
private struct Session {
    let terminal: Terminal
    var state: AppState
    var queue: [Event] = []
    var needsDraw = true
    /// The library being indexed or read, and the requests waiting for it.
    var inbox: LibraryInbox?
    var library: LibrarySource?
    var waiting: [LibraryRequest] = []
    var encoding: TextEncoding?
    /// True until the ambiguous-width probe is sent (after the first frame).
    var probePending = false

    init(terminal: Terminal, state: AppState) {
        self.terminal = terminal
        self.state = state
    }

    /// Most events applied without drawing in between, when input arrives faster than frames.
    static let burst = 32

    mutating func loop() -> Int32 {
        var undrawn = 0
        while true {
            if let signal = ExitSignals.takePending() { return 128 + signal }
            takeLibraryNews()
            let event: Event
            if !queue.isEmpty {
                event = queue.removeFirst()
            } else {
                // Keys already waiting are applied before drawing, so a held key never lags.
                var input = TerminalInput.idle
                if needsDraw, undrawn < Session.burst { input = terminal.read(wait: false) }
                if case .idle = input, needsDraw {
                    terminal.draw(App.render(state, size: terminal.size))
                    needsDraw = false
                    undrawn = 0
                    if probePending {
                        probePending = false
                        if let answer = terminal.startAmbiguousWidthProbe() { queue.append(answer) }
                    }
                }
                if case .idle = input { input = terminal.read() }
                switch input {
                case .idle: continue
                case .closed: return 128 + SIGHUP
                case .event(let next): event = next
                }
            }
            undrawn += 1
            // Ctrl-C always quits, whatever mode the app is in.
            if event == .key(.control("c")) { return 0 }
            needsDraw = true
            for effect in App.update(&state, event) {
                if perform(effect) { return 0 }
            }
        }
    }

    /// Carries out one effect; true when it ends the session.
    mutating func perform(_ effect: Effect) -> Bool {
        switch effect {
        case .quit:
            return true
        case .redraw:
            terminal.invalidate()
        case .mouseCapture(let on):
            terminal.captureMouse(on)
        case .suspend:
            let before = terminal.size
            terminal.suspendProcess()
            if terminal.size != before { queue.append(.resize(terminal.size)) }
        case .copyToClipboard(let text, let label):
            let route = ClipboardCopy.copy(text, environment: ProcessEnvironment.all()) {
                terminal.writeEscape($0)
            }
            queue.append(.notice(ClipboardReport.message(label: label, via: route)))
        case .openURL(let url):
            queue.append(.notice(open(url)))
        case .library(let request):
            guard let library else {
                if inbox != nil {
                    waiting.append(request)
                    queue.append(.notice("the library is still being indexed; that follows when it is ready"))
                } else {
                    queue.append(.notice("the library could not be opened"))
                }
                return false
            }
            queue.append(LibraryAnswers.answer(request, from: library, encoding: encoding))
        case .openRecord(let path):
            do {
                let record = try RecordLoader.load(path: path)
                queue.append(.recordOpened(record, path: path))
                state.siblingFiles = Runtime.filesBeside(path)
            } catch {
                queue.append(.notice(error.message))
            }
        }
        return false
    }

    /// Takes what the indexing thread has left: progress, then the library (which replaces the
    /// index as it was, if one answered meanwhile), after which the requests that waited for it
    /// are carried out. When it could not be opened, the index as it was stays, if any.
    mutating func takeLibraryNews() {
        guard let inbox else { return }
        let news = inbox.take()
        if let progress = news.progress {
            queue.append(.indexing(progress))
        }
        guard let warnings = news.finished else { return }
        self.inbox = nil
        if let opened = news.library { library = opened }
        queue.append(.libraryLoaded(meetings: library?.meetingRows() ?? [], warnings: warnings))
        for request in waiting {
            queue.append(library.map { LibraryAnswers.answer(request, from: $0, encoding: encoding) } ?? .notice("the library could not be opened"))
        }
        waiting = []
    }

    /// Opens `url` with `$BROWSER` or `xdg-open` outside curses; when none works, copies it
    /// (`ClipboardCopy`). Returns the message for the status line.
    mutating func open(_ url: String) -> String {
        let before = terminal.size
        defer { if terminal.size != before { queue.append(.resize(terminal.size)) } }
        for var command in RuntimeBrowser.commands(browser: ProcessEnvironment.value("BROWSER"), url: url) {
            guard let program = RuntimeBrowser.locate(command[0], path: ProcessEnvironment.value("PATH")) else { continue }
            command[0] = program
            if terminal.outsideCurses({ RuntimeBrowser.run(command) }) == 0 {
                return "opened \(url)"
            }
        }
        guard let route = ClipboardCopy.copy(url, environment: ProcessEnvironment.all(), escape: { terminal.writeEscape($0) }) else {
            return "no browser and no clipboard: \(url)"
        }
        return "no browser; URL copied via \(route): \(url)"
    }
}
