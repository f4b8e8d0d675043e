/// The styles the renderer draws with: a colour theme, and a monochrome one that marks
/// highlights with reverse, bold and underline only (for `NO_COLOR` and terminals without colours).
public struct Theme: Sendable {
    public var title: Style
    public var border: Style
    public var borderFocused: Style
    public var paneTitle: Style
    public var paneTitleFocused: Style
    /// The selected row of the focused list, and of a list without the focus.
    public var selection: Style
    public var selectionUnfocused: Style
    /// The marker of the entry shown in the statement pane.
    public var current: Style
    public var procedural: Style
    public var unattributed: Style
    public var country: Style
    public var language: Style
    public var heading: Style
    public var meta: Style
    public var note: Style
    public var text: Style
    public var citation: Style
    public var mention: Style
    public var match: Style
    public var currentMatch: Style
    public var status: Style
    public var statusMessage: Style
    public var warning: Style
    public var prompt: Style
    public var cursor: Style
    public var groupHeading: Style
    public var count: Style
    public var helpKey: Style

    /// Colours through the terminal's basic palette.
    public static let color = Theme(
        title: Style(foreground: .white, background: .blue, attributes: .bold),
        border: Style(foreground: .blue),
        borderFocused: Style(foreground: .cyan, attributes: .bold),
        paneTitle: Style(foreground: .blue, attributes: .bold),
        paneTitleFocused: Style(foreground: .black, background: .cyan, attributes: .bold),
        selection: Style(foreground: .black, background: .cyan),
        selectionUnfocused: Style(attributes: [.bold, .underline]),
        current: Style(foreground: .yellow, attributes: .bold),
        procedural: Style(attributes: .dim),
        unattributed: Style(foreground: .red),
        country: Style(foreground: .cyan),
        language: Style(foreground: .green),
        heading: Style(foreground: .yellow, attributes: .bold),
        meta: Style(attributes: .dim),
        note: Style(foreground: .magenta),
        text: .plain,
        citation: Style(foreground: .cyan, attributes: .underline),
        mention: Style(foreground: .black, background: .cyan, attributes: .bold),
        match: Style(foreground: .black, background: .yellow),
        currentMatch: Style(foreground: .black, background: .green, attributes: .bold),
        status: Style(foreground: .black, background: .white),
        statusMessage: Style(foreground: .blue, background: .white, attributes: .bold),
        warning: Style(foreground: .red, background: .white, attributes: .bold),
        prompt: Style(foreground: .black, background: .white, attributes: .bold),
        cursor: Style(attributes: .reverse),
        groupHeading: Style(foreground: .yellow, attributes: .bold),
        count: Style(foreground: .green),
        helpKey: Style(foreground: .cyan, attributes: .bold)
    )

    /// Attributes only: reverse, bold, underline, dim.
    public static let monochrome = Theme(
        title: Style(attributes: [.reverse, .bold]),
        border: .plain,
        borderFocused: Style(attributes: .bold),
        paneTitle: .plain,
        paneTitleFocused: Style(attributes: [.reverse, .bold]),
        selection: Style(attributes: .reverse),
        selectionUnfocused: Style(attributes: [.bold, .underline]),
        current: Style(attributes: .bold),
        procedural: Style(attributes: .dim),
        unattributed: Style(attributes: .underline),
        country: .plain,
        language: Style(attributes: .dim),
        heading: Style(attributes: .bold),
        meta: Style(attributes: .dim),
        note: Style(attributes: .dim),
        text: .plain,
        citation: Style(attributes: .underline),
        mention: Style(attributes: [.reverse, .bold]),
        match: Style(attributes: .reverse),
        currentMatch: Style(attributes: [.reverse, .bold, .underline]),
        status: Style(attributes: .reverse),
        statusMessage: Style(attributes: [.reverse, .bold]),
        warning: Style(attributes: [.reverse, .bold, .underline]),
        prompt: Style(attributes: [.reverse, .bold]),
        cursor: Style(attributes: .underline),
        groupHeading: Style(attributes: .bold),
        count: .plain,
        helpKey: Style(attributes: .bold)
    )
}
