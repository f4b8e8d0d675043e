/// What the status row says once the runtime has tried to copy: the thing copied and the way
/// it went, or that no way was available.
public enum ClipboardReport {
    /// `copied S/PV.8160, p. 3, paragraph 1 via tmux buffer`; without a way,
    /// `not copied (S/PV.8160, p. 3, paragraph 1): no clipboard (tmux, wl-copy, xclip, xsel, OSC 52)`.
    public static func message(label: String, via route: String?) -> String {
        guard let route else {
            return "not copied (\(label)): no clipboard (tmux, wl-copy, xclip, xsel, OSC 52)"
        }
        return "copied \(label) via \(route)"
    }

    /// While the runtime copies (and in headless rendering, where nothing is copied).
    public static func pending(label: String) -> String {
        "copying \(label)…"
    }
}
