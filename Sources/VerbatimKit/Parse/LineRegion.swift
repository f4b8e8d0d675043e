/// Where a scan writes the lines it keeps: its region of the line table being built (reserved
/// for one line per 48 bytes of its text), then, should the region fill up, an array of its own.
/// The shares of a large text each write their own region of the one table, so that the table
/// is written once and its memory touched once.
struct LineRegion {
    private let base: UnsafeMutablePointer<SourceLine>?
    private let capacity: Int
    /// How many lines are in the region.
    private(set) var inRegion = 0
    /// The lines past the region's end.
    private(set) var overflow: [SourceLine] = []

    /// The `capacity` lines at `base` (uninitialised; `SourceLine` is a plain value).
    init(_ base: UnsafeMutablePointer<SourceLine>?, capacity: Int) {
        self.base = base
        self.capacity = base == nil ? 0 : capacity
    }

    var count: Int { inRegion + overflow.count }
    var isEmpty: Bool { inRegion == 0 && overflow.isEmpty }
    /// True when some lines did not fit in the region.
    var overflowed: Bool { !overflow.isEmpty }

    var last: SourceLine? {
        if let line = overflow.last { return line }
        return inRegion > 0 ? base?[inRegion - 1] : nil
    }

    subscript(index: Int) -> SourceLine {
        index < inRegion ? base![index] : overflow[index - inRegion]
    }

    @inline(__always)
    mutating func append(_ line: SourceLine) {
        if inRegion < capacity, overflow.isEmpty, let base {
            (base + inRegion).initialize(to: line)
            inRegion += 1
        } else {
            overflow.append(line)
        }
    }

    mutating func removeLast() {
        if overflow.isEmpty { inRegion -= 1 } else { overflow.removeLast() }
    }

    /// Empties the region for a scan of the same text again.
    mutating func removeAll() {
        inRegion = 0
        overflow = []
    }
}
