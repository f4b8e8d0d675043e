/// Work the app asks the runtime to do; `update` never does I/O itself.
public enum Effect: Equatable, Sendable {
    /// Restore the terminal and exit.
    case quit
    /// Open a URL with `$BROWSER` or `xdg-open`; when that fails, copy it through OSC 52 and
    /// report back with `Event.notice`.
    case openURL(String)
    /// Copy text to the clipboard through the OSC 52 escape.
    case copyToClipboard(String)
    /// Load another record file and hand it to the app (back returns).
    case openRecord(path: String)
    /// Ask the library (answered with an `Event`).
    case library(LibraryRequest)
    /// Redraw the whole screen (Ctrl-L).
    case redraw
    /// Suspend the process (Ctrl-Z); the screen comes back whole on resume.
    case suspend
}
