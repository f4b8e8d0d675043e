/// Where the reader is in the overview: the selected row among the rows that lead somewhere
/// (speakers and references) and the first line shown.
public struct OverviewCursor: Equatable, Sendable {
    /// Index among the overview's selectable rows.
    public internal(set) var selection = 0
    /// The first visible line.
    public internal(set) var top = 0
    /// True when `i` opened it over a place in the record, which back returns to; false when it
    /// is the record's first screen (back then goes back in the history as usual).
    public internal(set) var openedOverRecord = false

    public init() {}
}
