import VerbatimKit

/// How the width of East Asian ambiguous characters (`•` `·` `—` `“` `─`) is chosen: fixed by
/// the user (`--ambiguous`, the config file), or `auto`, asked of the terminal by the probe.
public enum AmbiguousWidthMode: String, Sendable, CaseIterable {
    /// Ask the terminal (the cursor-position probe); narrow until it answers.
    case auto
    case narrow
    case wide
}

/// The ambiguous-width setting in force and where it came from, as the help screen tells it.
public struct AmbiguousWidthSetting: Sendable, Equatable {
    /// Where the probe of an `auto` setting stands.
    public enum Probe: Sendable, Equatable {
        /// Not run (a fixed setting), or not answered yet.
        case none, waiting
        /// The terminal drew the probe character in this many columns.
        case answered(AmbiguousWidth)
        /// No answer in time: narrow.
        case unanswered
    }

    /// What the user asked for.
    public var mode: AmbiguousWidthMode
    /// Where an `auto` setting's probe stands.
    public var probe: Probe

    public init(mode: AmbiguousWidthMode) {
        self.mode = mode
        probe = mode == .auto ? .waiting : .none
    }

    /// The width in force: the fixed one, or the probe's answer (narrow until then).
    public var width: AmbiguousWidth {
        switch mode {
        case .narrow: .narrow
        case .wide: .wide
        case .auto:
            if case .answered(let width) = probe { width } else { .narrow }
        }
    }

    /// One line for the help screen: `ambiguous width: wide (auto: the terminal draws • in 2 columns)`.
    public var summary: String {
        let width = self.width.rawValue
        switch (mode, probe) {
        case (.auto, .waiting): return "ambiguous width: \(width) (auto: asking the terminal)"
        case (.auto, .answered(let answer)):
            return "ambiguous width: \(width) (auto: the terminal draws • in \(answer == .wide ? 2 : 1) column\(answer == .wide ? "s" : ""))"
        case (.auto, _): return "ambiguous width: \(width) (auto: no answer from the terminal)"
        default: return "ambiguous width: \(width) (set)"
        }
    }
}
