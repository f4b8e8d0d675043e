/// A key as the app sees it, independent of the terminal that produced it.
public enum Key: Hashable, Sendable {
    /// A printable character (CJK input included).
    case character(Character)
    /// Ctrl with a letter: `.control("o")` is Ctrl-O (0x0F).
    case control(Character)
    case enter, tab, backTab, escape, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
}
