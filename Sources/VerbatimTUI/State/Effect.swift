/// Work the app asks the runtime to do; `update` never does I/O itself.
public enum Effect: Equatable, Sendable {
    /// Restore the terminal and exit.
    case quit
    /// Open a URL with `$BROWSER` or `xdg-open`; when that fails, copy it to the clipboard (as
    /// `copyToClipboard`) and report back with `Event.notice`.
    case openURL(String)
    /// Put the text on the clipboard by the first way that works: tmux's buffer, `wl-copy`,
    /// `xclip`, `xsel`, then the OSC 52 escape. The runtime reports which one (or that none
    /// was available) with `Event.notice`, worded by `ClipboardReport`; `label` names what
    /// was copied (`S/PV.8160, p. 3, paragraph 1`).
    case copyToClipboard(String, label: String)
    /// Load another record file and hand it to the app (back returns).
    case openRecord(path: String)
    /// Ask the library (answered with an `Event`).
    case library(LibraryRequest)
    /// Turn the terminal's mouse reports on (true: the browser gets clicks and the wheel) or off
    /// (the terminal's own selection works).
    case mouseCapture(Bool)
    /// Redraw the whole screen (Ctrl-L).
    case redraw
    /// Suspend the process (Ctrl-Z); the screen comes back whole on resume.
    case suspend
}
