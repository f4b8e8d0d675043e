/// Key names as `tmux send-keys` spells them, so that scripted key sequences read the same in
/// tests, docs and the `render` command.
public enum KeyTokens {
    /// Parses space-separated tokens: a key name (`Enter`, `Tab`, `BTab`, `Escape`, `BSpace`,
    /// `Space`, `Up`, `Down`, `Left`, `Right`, `PageUp`/`PPage`, `PageDown`/`NPage`, `Home`, `End`,
    /// `DC`, `C-x`…, names case-insensitive) is that key; any other token is typed character by
    /// character (`:4 Enter` types `:` and `4`, then presses Enter).
    public static func parse(_ spec: String) -> [Key] {
        var keys: [Key] = []
        for token in spec.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if let key = named(String(token)) {
                keys.append(key)
            } else {
                keys.append(contentsOf: token.map { Key.character($0) })
            }
        }
        return keys
    }

    /// The key a tmux key name stands for; `nil` when `token` is not a key name.
    public static func named(_ token: String) -> Key? {
        switch token.lowercased() {
        case "enter": return .enter
        case "tab": return .tab
        case "btab": return .backTab
        case "escape", "esc": return .escape
        case "bspace": return .backspace
        case "space": return .character(" ")
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "pageup", "ppage", "pgup": return .pageUp
        case "pagedown", "npage", "pgdn": return .pageDown
        case "home": return .home
        case "end": return .end
        case "dc", "delete": return .delete
        default: break
        }
        let scalars = Array(token.unicodeScalars)
        if scalars.count == 3, scalars[0] == "C" || scalars[0] == "c", scalars[1] == "-" {
            let letter = Character(scalars[2])
            switch letter {
            case "m", "M": return .enter
            case "i", "I": return .tab
            case "h", "H": return .backspace
            case "[": return .escape
            default: break
            }
            if letter.isLetter, letter.isASCII { return .control(Character(letter.lowercased())) }
        }
        return nil
    }
}

extension Key {
    /// The key as the help screen names it: `Enter`, `S-Tab`, `↓`, `PgDn`, `C-o`, `Space`, `j`.
    public var displayName: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "C-" + String(c)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        }
    }
}
