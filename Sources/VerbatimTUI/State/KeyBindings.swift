/// The key table in force: the default one (`Keymap.bindings`), or one the config file changed.
/// `update` looks keys up here and the help screen lists it, so both always agree.
public struct KeyBindings: Sendable {
    /// Every binding, in the order the help screen lists them.
    public private(set) var bindings: [Keymap.Binding]

    public init(_ bindings: [Keymap.Binding]) {
        self.bindings = bindings
    }

    /// The default table.
    public static let standard = KeyBindings(Keymap.bindings)

    /// The action `key` triggers when `pane` has the focus: a binding limited to that pane first,
    /// then one for any pane.
    public func action(for key: Key, in pane: PaneID) -> Action? {
        if let limited = bindings.first(where: { $0.pane == pane && $0.key == key }) { return limited.action }
        return bindings.first(where: { $0.pane == nil && $0.key == key })?.action
    }

    /// The bindings of `action`, in table order.
    public func bindings(of action: Action) -> [Keymap.Binding] {
        bindings.filter { $0.action == action }
    }

    /// Binds `action` to `keys` instead of its present keys (in the pane its bindings are limited
    /// to, if any). A key another action had in the same pane (any pane, for an action that works
    /// everywhere) is taken from it; each such clash is returned as `key: action (was other)`.
    /// A pane's own binding leaves the key's meaning in the other panes alone, and a key the action
    /// has already stays beside the pane bindings it had with (`/` searches the record, and the
    /// library in the meetings list). An action whose bindings were all taken keeps the pane of
    /// the default table.
    @discardableResult
    public mutating func rebind(_ action: Action, to keys: [Key]) -> [String] {
        let existing = bindings.firstIndex { $0.action == action }
        let pane = existing.map { bindings[$0].pane } ?? Keymap.bindings.first { $0.action == action }?.pane
        let had = Set(bindings.filter { $0.action == action }.map(\.key))
        var clashes: [String] = []
        var kept: [Keymap.Binding] = []
        for binding in bindings where binding.action != action {
            let overlaps = pane == nil || binding.pane == pane
            let coexisted = had.contains(binding.key) && binding.pane != pane
            if overlaps, !coexisted, keys.contains(binding.key) {
                clashes.append("\(binding.key.displayName): \(action.rawValue) (was \(binding.action.rawValue))")
                continue
            }
            kept.append(binding)
        }
        var unique: [Key] = []
        for key in keys where !unique.contains(key) { unique.append(key) }
        let fresh = unique.map { Keymap.Binding($0, action, in: pane) }
        // In the place the action had, so the help keeps its order.
        let position = existing.map { index in bindings[..<index].filter { $0.action != action && kept.contains(binding: $0) }.count } ?? kept.count
        kept.insert(contentsOf: fresh, at: min(position, kept.count))
        bindings = kept
        return clashes
    }
}

extension Array where Element == Keymap.Binding {
    /// True when a binding of the same key, action and pane is in the list.
    fileprivate func contains(binding: Keymap.Binding) -> Bool {
        contains { $0.key == binding.key && $0.action == binding.action && $0.pane == binding.pane }
    }
}
