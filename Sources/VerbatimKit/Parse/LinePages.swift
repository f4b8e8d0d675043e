/// The physical page each line of a line table is printed on, kept as where each page starts:
/// 4 bytes a page rather than 4 bytes a line (`SourceLine` has no page of its own).
struct LinePages: Equatable {
    /// For each page, the index of its first line; for a page without lines, of the first line
    /// after it (the line count when none follows). Never decreasing, and 0 for the first page.
    private(set) var starts: [Int32]

    /// One page, starting at line 0.
    init() { starts = [0] }

    init(starts: [Int32]) { self.starts = starts }

    /// The number of pages.
    var count: Int { starts.count }

    /// The 0-based page of the line at `index`: the last page that starts at or before it.
    func page(_ index: Int) -> Int32 {
        Int32(starts.lastIndex(startingAtOrBefore: index) { Int($0) } ?? 0)
    }

    /// The lines of `page`, given the table's line count.
    func lines(of page: Int, lineCount: Int) -> Range<Int> {
        Int(starts[page])..<(page + 1 < starts.count ? Int(starts[page + 1]) : lineCount)
    }

    /// Starts a new page at line `index` (the index of its first line, or the line count so far).
    mutating func append(startingAt index: Int) {
        starts.append(Int32(truncatingIfNeeded: index))
    }
}
