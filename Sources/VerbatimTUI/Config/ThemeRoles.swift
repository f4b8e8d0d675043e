/// The theme's roles by the names the config file gives them, and styles as words
/// (`yellow on blue bold`), both ways.
extension Theme {
    /// Every role a style can be set for, in the order `--print-config` lists them.
    public static let roles: [(name: String, path: WritableKeyPath<Theme, Style> & Sendable)] = [
        ("title", \.title), ("border", \.border), ("border-focused", \.borderFocused),
        ("pane-title", \.paneTitle), ("pane-title-focused", \.paneTitleFocused),
        ("selection", \.selection), ("selection-unfocused", \.selectionUnfocused), ("current", \.current),
        ("procedural", \.procedural), ("unattributed", \.unattributed), ("country", \.country),
        ("language", \.language), ("heading", \.heading), ("meta", \.meta), ("note", \.note), ("text", \.text),
        ("citation", \.citation), ("mention", \.mention), ("match", \.match), ("current-match", \.currentMatch),
        ("status", \.status), ("status-message", \.statusMessage), ("warning", \.warning), ("prompt", \.prompt),
        ("cursor", \.cursor), ("group-heading", \.groupHeading), ("count", \.count), ("help-key", \.helpKey),
    ]

    /// The themes the config file can name.
    public static let named: [(name: String, theme: Theme)] = [("color", .color), ("monochrome", .monochrome)]
}

extension Style {
    /// A style from words: colour names (`default black red green yellow blue magenta cyan
    /// white`) for the text, `on COLOUR` for the background, and `bold dim underline reverse`;
    /// `plain` alone is the terminal's default look. A word that is none of these fails, named.
    public static func parse(_ text: String) -> Result<Style, StyleWordError> {
        var style = Style.plain
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }[...]
        if words == ["plain"] { return .success(.plain) }
        while let word = words.popFirst() {
            if word == "on" {
                guard let name = words.popFirst(), let color = Color.named(name) else {
                    return .failure(StyleWordError(word: "on", reason: "needs a colour after it"))
                }
                style.background = color
            } else if let color = Color.named(word) {
                style.foreground = color
            } else if let attribute = Attributes.named(word) {
                style.attributes.insert(attribute)
            } else {
                return .failure(StyleWordError(word: word, reason: "is not a colour or an attribute"))
            }
        }
        return .success(style)
    }

    /// The style as `parse` reads it back: `cyan on black bold`, or `plain`.
    public var words: String {
        var parts: [String] = []
        if foreground != .default { parts.append(foreground.name) }
        if background != .default { parts.append("on " + background.name) }
        for (name, attribute) in Attributes.names where attributes.contains(attribute) { parts.append(name) }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}

/// A word of a style the config file gives that cannot be read.
public struct StyleWordError: Error, Equatable, Sendable {
    public var word: String
    public var reason: String
}

extension Color {
    /// The colour's name in the config file.
    public var name: String {
        switch self {
        case .default: "default"
        case .black: "black"
        case .red: "red"
        case .green: "green"
        case .yellow: "yellow"
        case .blue: "blue"
        case .magenta: "magenta"
        case .cyan: "cyan"
        case .white: "white"
        }
    }

    static func named(_ name: String) -> Color? {
        allCases.first { $0.name == name }
    }
}

extension Attributes {
    static let names: [(String, Attributes)] = [("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse)]

    static func named(_ name: String) -> Attributes? {
        names.first { $0.0 == name }?.1
    }
}
