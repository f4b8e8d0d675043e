import VerbatimKit

/// The settings of the config file (`config.toml`): ambiguous width, the first screen, colours
/// (a named theme and per-role styles) and key bindings. `Config()` is the defaults; `parse`
/// reads a file's text; `apply` puts the settings into a state; `rendered` is the effective
/// config as a file (`verbatim --print-config`).
///
///     ambiguous-width = "auto"        # auto | narrow | wide
///     initial-screen = "overview"     # overview | statement | start
///     measure = 80                    # the text's widest, in columns; 0: the pane's width
///     [colors]
///     theme = "color"                 # color | monochrome
///     citation = "cyan underline"     # any role: colours, "on COLOUR", bold dim underline reverse
///     [keys]
///     next-statement = ["}", "J"]     # any action: key names as tmux spells them, or characters
public struct Config: Equatable, Sendable {
    public var ambiguousWidth: AmbiguousWidthMode = .auto
    public var initialScreen: InitialScreen = .overview
    /// The widest the statement's text is set, in columns; `nil`: as wide as the pane.
    public var measure: Int? = 80
    /// The named theme the colour styles start from.
    public var theme = "color"
    /// Styles set per role, by role name, in the order written.
    public var styles: [RoleStyle] = []
    /// Actions given keys, in the order written.
    public var keys: [ActionKeys] = []

    public init() {}

    /// A role's style as the file sets it.
    public struct RoleStyle: Equatable, Sendable {
        public var role: String
        public var style: Style
    }

    /// An action's keys as the file sets them.
    public struct ActionKeys: Equatable, Sendable {
        public var action: Action
        public var keys: [Key]
    }

    /// What is wrong with a config file: its line (1-based, 0 when none) and the problem.
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var message: String

        /// `verbatim: FILE:LINE: PROBLEM; using the default settings`, the line said at start-up.
        public func report(path: String) -> String {
            "verbatim: \(path)\(line > 0 ? ":\(line)" : ""): \(message); using the default settings"
        }
    }

    /// The settings in `text`; the first problem found stops the reading.
    public static func parse(_ text: String) throws(Problem) -> Config {
        let entries: [TOMLSubset.Entry]
        do {
            entries = try TOMLSubset.parse(text)
        } catch {
            throw Problem(line: error.line, message: error.message)
        }
        var config = Config()
        for entry in entries {
            switch entry.table {
            case "": try config.setting(entry)
            case "colors", "colours": try config.color(entry)
            case "keys": try config.binding(entry)
            default: throw Problem(line: entry.line, message: "unknown table [\(entry.table)] (the tables are [colors] and [keys])")
            }
        }
        return config
    }

    private mutating func setting(_ entry: TOMLSubset.Entry) throws(Problem) {
        switch Self.normalized(entry.key) {
        case "ambiguouswidth", "ambiguous":
            let word = try Self.string(entry)
            guard let mode = AmbiguousWidthMode(rawValue: word) else {
                throw Problem(line: entry.line, message: "ambiguous-width is \"\(word)\"; it must be auto, narrow or wide")
            }
            ambiguousWidth = mode
        case "initialscreen":
            let word = try Self.string(entry)
            guard let screen = InitialScreen(rawValue: word) else {
                throw Problem(line: entry.line, message: "initial-screen is \"\(word)\"; it must be overview, statement or start")
            }
            initialScreen = screen
        case "measure":
            guard case .integer(let columns) = entry.value, columns == 0 || (20...1000).contains(columns) else {
                throw Problem(line: entry.line, message: "measure must be a number of columns from 20 to 1000, or 0 for the pane's width")
            }
            measure = columns == 0 ? nil : columns
        default:
            throw Problem(line: entry.line, message: "unknown setting '\(entry.key)' (the settings are ambiguous-width, initial-screen and measure, then the tables [colors] and [keys])")
        }
    }

    private mutating func color(_ entry: TOMLSubset.Entry) throws(Problem) {
        let words = try Self.string(entry)
        if Self.normalized(entry.key) == "theme" {
            guard Theme.named.contains(where: { $0.name == words }) else {
                let names = Theme.named.map(\.name).joined(separator: " or ")
                throw Problem(line: entry.line, message: "theme \"\(words)\" is unknown; it must be \(names)")
            }
            theme = words
            return
        }
        guard let role = Theme.roles.first(where: { Self.normalized($0.name) == Self.normalized(entry.key) }) else {
            throw Problem(line: entry.line, message: "unknown colour role '\(entry.key)' (the roles: \(Theme.roles.map(\.name).joined(separator: ", ")))")
        }
        switch Style.parse(words) {
        case .success(let style): styles.append(RoleStyle(role: role.name, style: style))
        case .failure(let error):
            throw Problem(line: entry.line, message: "in the style of \(role.name), '\(error.word)' \(error.reason)")
        }
    }

    private mutating func binding(_ entry: TOMLSubset.Entry) throws(Problem) {
        guard let action = Action.allCases.first(where: { $0.rawValue.lowercased() == Self.normalized(entry.key) }) else {
            throw Problem(line: entry.line, message: "unknown action '\(entry.key)' (the actions are listed by verbatim --print-config)")
        }
        let names: [String]
        switch entry.value {
        case .string(let name): names = [name]
        case .strings(let list): names = list
        default: throw Problem(line: entry.line, message: "\(entry.key) must be a key or an array of keys, not \(entry.value.kind)")
        }
        var keys: [Key] = []
        for name in names {
            guard let key = Self.key(named: name) else {
                throw Problem(line: entry.line, message: "'\(name)' is not a key (a character, or a name such as Enter, Tab, Space, PageDown, C-o)")
            }
            keys.append(key)
        }
        self.keys.append(ActionKeys(action: action, keys: keys))
    }

    /// A key as the file names it: a tmux key name (`Enter`, `C-o`, `Space`), or one character.
    static func key(named name: String) -> Key? {
        if let key = KeyTokens.named(name) { return key }
        guard name.count == 1, let character = name.first, !character.isWhitespace,
            !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return .character(character)
    }

    /// A key's name as the file can give it back: the tmux name, or the character.
    static func name(of key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "C-" + String(c)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "BTab"
        case .escape: "Escape"
        case .backspace: "BSpace"
        case .delete: "DC"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PageUp"
        case .pageDown: "PageDown"
        case .home: "Home"
        case .end: "End"
        }
    }

    private static func string(_ entry: TOMLSubset.Entry) throws(Problem) -> String {
        guard case .string(let text) = entry.value else {
            throw Problem(line: entry.line, message: "\(entry.key) must be a string, not \(entry.value.kind)")
        }
        return text
    }

    /// A name compared without case, `-` or `_` (`next-statement` = `nextStatement`).
    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "-" && $0 != "_" })
    }

    /// The colour theme these settings make: the named one with the roles' styles over it.
    public var colorTheme: Theme {
        var result = Theme.named.first { $0.name == theme }?.theme ?? .color
        for setting in styles {
            if let role = Theme.roles.first(where: { $0.name == setting.role }) { result[keyPath: role.path] = setting.style }
        }
        return result
    }

    /// The key table these settings make, and the clashes (a key taken from another action).
    public var keyBindings: (bindings: KeyBindings, clashes: [String]) {
        var bindings = KeyBindings.standard
        var clashes: [String] = []
        for setting in keys { clashes += bindings.rebind(setting.action, to: setting.keys) }
        return (bindings, clashes)
    }

    /// Puts the settings into `state` (the ambiguous width is set by the caller, which knows
    /// the command line); returns the key clashes.
    @discardableResult
    public func apply(to state: inout AppState) -> [String] {
        let (bindings, clashes) = keyBindings
        state.keyBindings = bindings
        state.colorTheme = colorTheme
        state.initialScreen = initialScreen
        state.measure = measure
        return clashes
    }

    /// The effective settings as a config file: every setting, every role's style and every
    /// action's keys, so that it can be copied and edited.
    public var rendered: String {
        var out = "ambiguous-width = \"\(ambiguousWidth.rawValue)\"   # auto | narrow | wide\n"
        out += "initial-screen = \"\(initialScreen.rawValue)\"   # overview | statement | start\n"
        out += "measure = \(measure ?? 0)   # the text's widest, in columns; 0: the pane's width\n"
        out += "\n[colors]\n"
        out += "theme = \"\(theme)\"   # \(Theme.named.map(\.name).joined(separator: " | "))\n"
        let theme = colorTheme
        for role in Theme.roles {
            out += "\(role.name) = \"\(theme[keyPath: role.path].words)\"\n"
        }
        out += "\n[keys]\n"
        let bindings = keyBindings.bindings
        for action in Action.allCases {
            let keys = bindings.bindings(of: action).map { "\"" + Self.quoted(Self.name(of: $0.key)) + "\"" }
            out += "\(Self.kebab(action.rawValue)) = [\(keys.joined(separator: ", "))]\n"
        }
        return out
    }

    /// `nextStatement` → `next-statement`.
    static func kebab(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                out += "-" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }

    private static func quoted(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        return out
    }
}
