/// The default key bindings, as data: `update` looks keys up here, and the help screen is
/// generated from the same table, so nothing is listed by hand.
public enum Keymap {
    /// One binding: a key, the action it triggers, and the pane it is limited to (`nil`: any pane).
    public struct Binding: Sendable {
        public var key: Key
        public var action: Action
        public var pane: PaneID?

        public init(_ key: Key, _ action: Action, in pane: PaneID? = nil) {
            self.key = key
            self.action = action
            self.pane = pane
        }
    }

    /// Every binding, in the order the help screen lists them.
    public static let bindings: [Binding] = [
        Binding(.tab, .nextPane), Binding(.backTab, .previousPane),
        Binding(.character("j"), .lineDown), Binding(.down, .lineDown), Binding(.control("n"), .lineDown),
        Binding(.character("k"), .lineUp), Binding(.up, .lineUp), Binding(.control("p"), .lineUp),
        Binding(.control("d"), .halfPageDown), Binding(.control("u"), .halfPageUp),
        Binding(.character(" "), .pageDown), Binding(.pageDown, .pageDown), Binding(.control("f"), .pageDown),
        Binding(.character("b"), .pageUp), Binding(.pageUp, .pageUp), Binding(.control("b"), .pageUp),
        Binding(.character("g"), .top), Binding(.home, .top),
        Binding(.character("G"), .bottom), Binding(.end, .bottom),
        Binding(.character("}"), .nextStatement), Binding(.character("J"), .nextStatement),
        Binding(.character("{"), .previousStatement), Binding(.character("K"), .previousStatement),
        Binding(.enter, .openStatement, in: .speakers),
        Binding(.character(":"), .goToStatement),
        Binding(.character("s"), .speakerJump),
        Binding(.character("i"), .overview),
        Binding(.enter, .follow, in: .references),
        Binding(.character("]"), .nextMention), Binding(.character("["), .previousMention),
        Binding(.character("c"), .citingStatements),
        Binding(.character("o"), .openLink), Binding(.character("O"), .openRecord),
        Binding(.character("r"), .toggleReferences),
        Binding(.character("/"), .search),
        Binding(.character("n"), .nextMatch), Binding(.character("N"), .previousMatch),
        Binding(.character("L"), .nextPrimaryVersion), Binding(.character("v"), .flipVersion),
        Binding(.character("M"), .citingMeetings),
        Binding(.character("a"), .countryStatements), Binding(.character("A"), .personStatements),
        Binding(.backspace, .back), Binding(.control("o"), .back), Binding(.character("<"), .back),
        Binding(.character(">"), .forward),
        Binding(.character("m"), .toggleMouse), Binding(.character("z"), .zoom),
        Binding(.character("y"), .copyCitation), Binding(.character("e"), .copyStatement),
        Binding(.character("?"), .help),
        Binding(.escape, .cancel),
        Binding(.control("l"), .redraw),
        Binding(.control("z"), .suspend),
        Binding(.character("q"), .quit), Binding(.control("c"), .quit),
        // The library's meetings list (after the bindings for any pane, which these override there).
        Binding(.enter, .openMeeting, in: .meetings),
        Binding(.character("S"), .sortMeetings, in: .meetings),
        Binding(.character("f"), .filterMeetings, in: .meetings),
        Binding(.character("/"), .searchLibrary, in: .meetings),
    ]

    /// The bindings that apply in any pane, by key.
    public static let standard: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings where binding.pane == nil { table[binding.key] = binding.action }
        return table
    }()

    /// The action `key` triggers when `pane` has the focus: a binding limited to that pane first,
    /// then one for any pane.
    public static func action(for key: Key, in pane: PaneID) -> Action? {
        for binding in bindings where binding.pane == pane && binding.key == key { return binding.action }
        return standard[key]
    }

    /// The bindings of `action`, in table order.
    public static func bindings(of action: Action) -> [Binding] {
        bindings.filter { $0.action == action }
    }
}
