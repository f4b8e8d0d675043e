import CNcursesw

#if canImport(Glibc)
import Glibc
#endif

/// Why the terminal could not be started; `message` is one line a user can act on.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

/// What one read of the terminal gave.
enum TerminalInput: Equatable {
    /// An event for the app.
    case event(Event)
    /// Nothing arrived within the poll interval.
    case idle
    /// The terminal has gone away (hang-up, closed input).
    case closed
}

/// The ncurses screen: starts and restores the terminal, draws grids (only what changed), and
/// reads keys, mouse events and resizes. The only type that talks to ncurses.
final class Terminal {
    /// The screen size in cells.
    private(set) var size: Size
    /// True when colours are used (the terminal has them and `NO_COLOR` is not set).
    let colors: Bool

    private let screen: OpaquePointer
    private let inputFile: UnsafeMutablePointer<FILE>?
    private var pairs: ColorPairs
    private let defaultColors: Bool
    /// The grid on the screen; `nil` when the screen must be repainted whole.
    private var shown: Grid?
    private var stopped = false
    private let capabilities: Capabilities
    /// The ambiguous-width probe waiting for its answer, and when it was sent (monotonic ms).
    private var probe: (probe: AmbiguousWidthProbe, sent: Int)?
    /// The probe last sent, whose answer is still recognised when it comes late.
    private var lastProbe: AmbiguousWidthProbe?

    /// How long `read` waits for input before it returns `.idle`, in milliseconds.
    static let pollInterval: Int32 = 100

    /// Starts curses mode on the controlling terminal. The locale must already be set.
    init(monochrome: Bool) throws(TerminalError) {
        guard let term = getenv("TERM"), term.pointee != 0 else {
            throw TerminalError(message: "TERM is not set; cannot start the terminal interface")
        }
        var input: UnsafeMutablePointer<FILE>? = nil
        if isatty(STDIN_FILENO) == 0 {
            input = fopen("/dev/tty", "r")
            if input == nil { throw TerminalError(message: "no terminal to read keys from") }
        }
        CrashRestore.saveModes(of: input.map { fileno($0) } ?? STDIN_FILENO)
        guard let screen = newterm(nil, vb_stdout(), input ?? vb_stdin()) else {
            if let input { fclose(input) }
            throw TerminalError(message: "cannot use the terminal type '\(String(cString: term))'")
        }
        set_term(screen)
        guard vb_capability("cup") != nil else {
            endwin()
            delscreen(screen)
            if let input { fclose(input) }
            throw TerminalError(message: "the terminal type '\(String(cString: term))' cannot place the cursor; use a full-screen terminal, or redirect the output for plain text")
        }
        self.screen = screen
        self.inputFile = input
        CrashRestore.install(sequence: Terminal.leaveSequence())
        raw()
        noecho()
        nonl()
        let window = vb_stdscr()
        keypad(window, true)
        intrflush(window, false)
        idcok(window, false)
        wtimeout(window, Terminal.pollInterval)
        set_escdelay(25)
        curs_set(0)
        mouseinterval(0)
        mousemask(vb_button1_pressed() | vb_button4_pressed() | vb_button5_pressed(), nil)

        let wantColors = !monochrome && has_colors()
        if wantColors {
            start_color()
            defaultColors = use_default_colors() == OK
        } else {
            defaultColors = false
        }
        colors = wantColors
        pairs = ColorPairs(limit: wantColors ? Int(vb_color_pairs()) : 1)
        capabilities = Capabilities()
        size = Size(width: Int(vb_columns(window)), height: Int(vb_lines(window)))
    }

    deinit { stop() }

    /// Leaves curses mode for good: the normal screen and cursor come back. Safe to call twice.
    func stop() {
        guard !stopped else { return }
        stopped = true
        curs_set(1)
        endwin()
        CrashRestore.uninstall()
        delscreen(screen)
        if let inputFile { fclose(inputFile) }
    }

    /// The terminfo strings that leave curses mode, as `endwin` would send them: attributes
    /// off, mouse reports off (when the terminal has them), keypad off, cursor visible, normal
    /// screen.
    private static func leaveSequence() -> String {
        func string(_ name: String) -> String { vb_capability(name).map { String(cString: $0) } ?? "" }
        var sequence = string("sgr0")
        if vb_capability("kmous") != nil { sequence += "\u{1B}[?1000l" }
        sequence += string("rmkx") + string("cnorm") + string("rmcup")
        return sequence + "\r\n"
    }

    /// Asks the terminal for mouse reports (clicks and the wheel come to the browser) or stops
    /// them (the terminal's own selection works again).
    func captureMouse(_ on: Bool) {
        mousemask(on ? vb_button1_pressed() | vb_button4_pressed() | vb_button5_pressed() : 0, nil)
    }

    /// Makes the next `draw` repaint the whole screen.
    func invalidate() {
        shown = nil
    }

    /// Brings the screen to show `grid`, sending only the cells that changed since the last draw.
    func draw(_ grid: Grid) {
        let window = vb_stdscr()
        let changes: [CellChange]
        if let shown, shown.size == grid.size {
            changes = diff(shown, grid)
        } else {
            clearok(vb_curscr(), true)
            werase(window)
            changes = allUnits(of: grid)
        }
        var touchedRows = Set<Int>()
        for change in changes {
            put(change)
            touchedRows.insert(change.position.y)
        }
        shown = grid
        wmove(window, 0, 0)
        wnoutrefresh(window)
        doupdate()
        drawOverlays(grid, rows: touchedRows)
    }

    /// Reads the next input, waiting at most the poll interval (or not at all when `wait` is
    /// false: input already typed, such as a held-down key, is taken before the next draw).
    /// The answer to the ambiguous-width probe comes out as its event, never as keys; a probe
    /// unanswered after its time out comes out as `ambiguousWidthProbed(nil)`.
    func read(wait: Bool = true) -> TerminalInput {
        var code: wint_t = 0
        let window = vb_stdscr()
        var timeout = wait ? Terminal.pollInterval : 0
        if let (_, sent) = probe {
            let left = sent + AmbiguousWidthProbe.timeoutMilliseconds - Terminal.milliseconds()
            if left <= 0 {
                probe = nil
                return .event(.ambiguousWidthProbed(nil))
            }
            timeout = min(timeout, Int32(left))
        }
        if timeout != Terminal.pollInterval { wtimeout(window, timeout) }
        defer { if timeout != Terminal.pollInterval { wtimeout(window, Terminal.pollInterval) } }
        let result = wget_wch(window, &code)
        if result == ERR {
            return inputIsGone() ? .closed : .idle
        }
        if result == KEY_CODE_YES {
            return functionKey(Int32(code))
        }
        if code == 0x1B, let probed = readProbeAnswer() { return probed }
        guard let key = KeyDecoder.key(forCharacter: UInt32(code)) else { return .idle }
        return .event(.key(key))
    }

    /// Draws the ambiguous-width probe (after the first frame, so it never delays it) and
    /// repaints the row it drew on. Its answer comes from `read`. Without a way to place the
    /// cursor, or on a screen too small, the answer is "none" at once.
    func startAmbiguousWidthProbe() -> Event? {
        guard let moveTo = capabilities.cursorAddress, let query = AmbiguousWidthProbe(screen: size) else {
            return .ambiguousWidthProbed(nil)
        }
        let window = vb_stdscr()
        let back = moveTo(Int(vb_cursor_y(window)), Int(vb_cursor_x(window)))
        writeAll(capabilities.reset + query.query(moveTo: moveTo) + back)
        probe = (query, Terminal.milliseconds())
        lastProbe = query
        // The row the probe wrote on is drawn again (curses believes it unchanged).
        wredrawln(window, Int32(query.row), 1)
        wnoutrefresh(window)
        doupdate()
        if let shown { drawOverlays(shown, rows: [query.row]) }
        return nil
    }

    /// After an ESC: the rest of a cursor-position report, read as it comes (it arrives in one
    /// piece, within curses' escape delay). A report answering the probe becomes its event; one
    /// that does not is dropped; anything else is put back to be read as keys.
    private func readProbeAnswer() -> TerminalInput? {
        guard let expected = probe?.probe ?? lastProbe else { return nil }
        let window = vb_stdscr()
        var taken: [UInt32] = []
        wtimeout(window, 10)
        defer { wtimeout(window, Terminal.pollInterval) }
        while AmbiguousWidthProbe.mayBeReport(taken), taken.last != 0x52 {
            var next: wint_t = 0
            let result = wget_wch(window, &next)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                // A key curses decoded: put it back after what was taken.
                ungetch(Int32(next))
                break
            }
            taken.append(UInt32(next))
        }
        if let (row, column) = AmbiguousWidthProbe.report(taken) {
            let answer = expected.width(reportedRow: row, reportedColumn: column)
            guard probe != nil || answer != nil else { return .idle }
            probe = nil
            return .event(.ambiguousWidthProbed(answer))
        }
        for character in taken.reversed() { unget_wch(wchar_t(bitPattern: character)) }
        return nil
    }

    /// A monotonic clock in milliseconds.
    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    /// Runs `body` with curses mode left (for a program that may use the terminal), then comes
    /// back and repaints on the next draw.
    func outsideCurses<T>(_ body: () -> T) -> T {
        def_prog_mode()
        endwin()
        let result = body()
        reset_prog_mode()
        refreshAfterPause()
        return result
    }

    /// Stops the process as Ctrl-Z does in a shell, then comes back whole when it is continued.
    func suspendProcess() {
        def_prog_mode()
        endwin()
        let previous = signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        signal(SIGTSTP, previous)
        reset_prog_mode()
        refreshAfterPause()
    }

    /// Writes an escape sequence straight to the terminal (it must not move the cursor or change
    /// what is drawn, as OSC 52 does not).
    func writeEscape(_ text: String) {
        writeAll(text)
    }

    // MARK: - Drawing

    private func put(_ change: CellChange) {
        let glyph: CellGlyph
        let scalars = change.cell.character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.value >= 0x20, only.value < 0x7F {
            glyph = CellGlyph(characters: [only.value], width: 1, overlay: nil)
        } else {
            glyph = CellGlyph.plan(change.cell.character, width: change.width) { Int(vb_wcwidth($0)) }
        }
        let (attributes, pair) = attributesAndPair(change.cell.style)
        let y = Int32(change.position.y)
        var x = Int32(change.position.x)
        putCharacters(glyph.characters, y: y, x: x, attributes: attributes, pair: pair)
        x += Int32(glyph.width)
        while x < Int32(change.position.x + change.width) {
            putCharacters([0x20], y: y, x: x, attributes: attributes, pair: pair)
            x += 1
        }
    }

    private func putCharacters(_ characters: [UInt32], y: Int32, x: Int32, attributes: attr_t, pair: Int16) {
        var text = characters.map { wchar_t(bitPattern: $0) }
        text.append(0)
        var cell = cchar_t()
        _ = vb_setcchar(&cell, text, attributes, pair)
        _ = mvwadd_wch(vb_stdscr(), y, x, &cell)
    }

    private func attributesAndPair(_ style: Style) -> (attr_t, Int16) {
        var attributes = vb_attr_normal()
        if style.attributes.contains(.bold) { attributes |= vb_attr_bold() }
        if style.attributes.contains(.dim) { attributes |= vb_attr_dim() }
        if style.attributes.contains(.underline) { attributes |= vb_attr_underline() }
        if style.attributes.contains(.reverse) { attributes |= vb_attr_reverse() }
        guard colors else { return (attributes, 0) }
        let (foreground, background) = effectiveColors(style)
        let (pair, isNew) = pairs.pair(foreground: foreground, background: background)
        if isNew {
            init_pair(pair, Int16(foreground.rawValue), Int16(background.rawValue))
        }
        return (attributes, pair)
    }

    /// The colours to ask for: without `use_default_colors`, "default" means white on black.
    private func effectiveColors(_ style: Style) -> (Color, Color) {
        guard !defaultColors else { return (style.foreground, style.background) }
        return (style.foreground == .default ? .white : style.foreground,
                style.background == .default ? .black : style.background)
    }

    /// Writes the clusters ncurses cannot place (see `CellGlyph`) on the rows just drawn, each at
    /// an explicit position, moving the cursor explicitly to the cell after it. A terminal that
    /// draws such a cluster wider than the grid does (one that does not join emoji sequences)
    /// overwrites the cells after it, so those are written again. Then the cursor goes back to
    /// where ncurses left it.
    private func drawOverlays(_ grid: Grid, rows: Set<Int>) {
        guard let moveTo = capabilities.cursorAddress else { return }
        var output = ""
        for y in rows.sorted() {
            var repairUntil = -1
            for unit in drawingUnits(of: grid, row: y) {
                let x = unit.position.x
                let scalars = unit.cell.character.unicodeScalars
                let simple = scalars.count == 1 && scalars.first!.value < 0x300
                if simple && x >= repairUntil { continue }
                let glyph = simple
                    ? CellGlyph(characters: [scalars.first!.value], width: 1, overlay: nil)
                    : CellGlyph.plan(unit.cell.character, width: unit.width) { Int(vb_wcwidth($0)) }
                if let overlay = glyph.overlay {
                    let drawn = scalars.reduce(0) { $0 + max(0, Int(vb_wcwidth($1.value))) }
                    var text = String(overlay)
                    if x + max(drawn, unit.width) > grid.size.width {
                        // Drawn whole, it could wrap the line (or scroll the screen): draw its
                        // first character alone when that fits.
                        let first = scalars.first!
                        let width = Int(vb_wcwidth(first.value))
                        guard width >= 1, width <= unit.width else { continue }
                        text = String(first)
                    } else {
                        repairUntil = max(repairUntil, x + drawn)
                    }
                    output += moveTo(y, x) + capabilities.sgr(unit.cell.style, colors: colors)
                    output += text + capabilities.reset
                    output += moveTo(y, x + unit.width)
                } else if x < repairUntil {
                    var text = String(String.UnicodeScalarView(glyph.characters.compactMap(Unicode.Scalar.init)))
                    text += String(repeating: " ", count: max(0, unit.width - glyph.width))
                    output += moveTo(y, x) + capabilities.sgr(unit.cell.style, colors: colors) + text + capabilities.reset
                }
            }
        }
        guard !output.isEmpty else { return }
        output += moveTo(Int(vb_cursor_y(vb_stdscr())), Int(vb_cursor_x(vb_stdscr())))
        writeAll(output)
    }

    // MARK: - Input

    private func functionKey(_ code: Int32) -> TerminalInput {
        switch code {
        case KEY_RESIZE:
            let window = vb_stdscr()
            size = Size(width: Int(vb_columns(window)), height: Int(vb_lines(window)))
            invalidate()
            return .event(.resize(size))
        case KEY_MOUSE:
            var x: Int32 = 0, y: Int32 = 0
            var state: mmask_t = 0
            guard vb_getmouse(&x, &y, &state) == OK else { return .idle }
            let position = Point(x: Int(x), y: Int(y))
            if state & vb_button1_pressed() != 0 { return .event(.mouse(MouseEvent(action: .press, position: position))) }
            if state & vb_button4_pressed() != 0 { return .event(.mouse(MouseEvent(action: .wheelUp, position: position))) }
            if state & vb_button5_pressed() != 0 { return .event(.mouse(MouseEvent(action: .wheelDown, position: position))) }
            return .idle
        case KEY_UP: return .event(.key(.up))
        case KEY_DOWN: return .event(.key(.down))
        case KEY_LEFT: return .event(.key(.left))
        case KEY_RIGHT: return .event(.key(.right))
        case KEY_PPAGE: return .event(.key(.pageUp))
        case KEY_NPAGE: return .event(.key(.pageDown))
        case KEY_HOME, KEY_A1: return .event(.key(.home))
        case KEY_END, KEY_C1: return .event(.key(.end))
        case KEY_BACKSPACE: return .event(.key(.backspace))
        case KEY_DC: return .event(.key(.delete))
        case KEY_BTAB: return .event(.key(.backTab))
        case KEY_ENTER: return .event(.key(.enter))
        default: return .idle
        }
    }

    /// True when reading the terminal has failed for good (hang-up or closed input).
    private func inputIsGone() -> Bool {
        var descriptor = pollfd(fd: inputFile.map { fileno($0) } ?? STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    // MARK: - Helpers

    private func refreshAfterPause() {
        let window = vb_stdscr()
        // The size may have changed while away.
        size = Size(width: Int(vb_columns(window)), height: Int(vb_lines(window)))
        invalidate()
    }

    private func writeAll(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// The terminfo strings the terminal layer writes itself (for clusters ncurses cannot place).
private struct Capabilities {
    let cursorAddress: ((Int, Int) -> String)?
    let reset: String
    private let bold, dim, underline, reverse: String
    private let foreground, background: UnsafePointer<CChar>?

    init() {
        func string(_ name: String) -> String {
            vb_capability(name).map { String(cString: $0) } ?? ""
        }
        if let cup = vb_capability("cup") {
            cursorAddress = { y, x in String(cString: vb_parameterized(cup, Int32(y), Int32(x))) }
        } else {
            cursorAddress = nil
        }
        reset = string("sgr0")
        bold = string("bold")
        dim = string("dim")
        underline = string("smul")
        reverse = string("rev")
        foreground = vb_capability("setaf")
        background = vb_capability("setab")
    }

    /// The escape sequences that draw in `style`.
    func sgr(_ style: Style, colors: Bool) -> String {
        var result = reset
        if style.attributes.contains(.bold) { result += bold }
        if style.attributes.contains(.dim) { result += dim }
        if style.attributes.contains(.underline) { result += underline }
        if style.attributes.contains(.reverse) { result += reverse }
        if colors {
            if style.foreground != .default, let foreground {
                result += String(cString: vb_parameterized(foreground, Int32(style.foreground.rawValue), 0))
            }
            if style.background != .default, let background {
                result += String(cString: vb_parameterized(background, Int32(style.background.rawValue), 0))
            }
        }
        return result
    }
}
