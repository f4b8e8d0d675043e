import VerbatimLibrary
/// The library side of the browser (`verbatim DIR`): the meetings list and its place, the
/// indexing progress, and what the library says of the references of the meetings read.
public struct LibraryState: Equatable, Sendable {
    /// How the meetings list is ordered.
    public enum Sort: String, Equatable, Sendable {
        case date, symbol
    }

    /// The library's name in the title row (its folder).
    public var name: String
    /// Every meeting, as the library gave them.
    public internal(set) var meetings: [MeetingRow]
    public internal(set) var sort: Sort = .date
    /// The `f` filter as typed (empty: every meeting).
    public internal(set) var filter = ""
    /// True when the meetings list is on screen (instead of a meeting).
    public internal(set) var listShown = true
    /// The selected meeting's key, so that the place survives sorting and filtering.
    public internal(set) var selectedKey: String?
    /// The first visible row of the list.
    public internal(set) var top = 0
    /// Indexing progress while the folder is being indexed; `nil` once the list is complete.
    public internal(set) var progress: IndexProgress?
    /// Warnings from opening the library (a rebuilt index, files that failed…).
    public internal(set) var warnings: [String] = []
    /// For each file read from the library: in how many other meetings each of its references
    /// is cited.
    public internal(set) var elsewhere: [String: [String: Int]] = [:]
    /// The list from the library shown over the screen (`M`, `a`, `A`, search results).
    public internal(set) var found: FoundList?

    public init(name: String, meetings: [MeetingRow] = [], indexing: Bool = false) {
        self.name = name
        self.meetings = meetings
        progress = indexing ? IndexProgress(filesDone: 0, files: 0, bytesDone: 0, bytes: 0, seconds: 0) : nil
    }

    /// The meetings shown: filtered by `filter`, in the order of `sort`.
    public var shown: [MeetingRow] {
        let folded = SearchText.folded(filter)
        let kept = folded.isEmpty ? meetings : meetings.filter { !$0.filterText.ranges(of: folded).isEmpty }
        switch sort {
        case .date:
            // Undated meetings last, then by symbol.
            return kept.sorted { a, b in
                switch (a.isoDate, b.isoDate) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return LibraryState.symbolOrder(a, b)
                }
            }
        case .symbol:
            return kept.sorted(by: LibraryState.symbolOrder)
        }
    }

    /// Symbols in natural order: `S/PV.999` before `S/PV.1000`.
    static func symbolOrder(_ a: MeetingRow, _ b: MeetingRow) -> Bool {
        let x = naturalKey(a.symbol ?? a.key), y = naturalKey(b.symbol ?? b.key)
        return x.lexicographicallyPrecedes(y) { p, q in
            switch (p, q) {
            case let (.number(m), .number(n)): return m < n
            case let (.text(s), .text(t)): return s < t
            case (.number, .text): return true
            case (.text, .number): return false
            }
        }
    }

    enum NaturalPiece { case text(String), number(Int) }

    static func naturalKey(_ text: String) -> [NaturalPiece] {
        var pieces: [NaturalPiece] = []
        var digits = "", letters = ""
        for c in text {
            if c.isASCII && c.isNumber {
                if !letters.isEmpty { pieces.append(.text(letters)); letters = "" }
                digits.append(c)
            } else {
                if !digits.isEmpty { pieces.append(.number(Int(digits.prefix(18)) ?? 0)); digits = "" }
                letters.append(c)
            }
        }
        if !letters.isEmpty { pieces.append(.text(letters)) }
        if !digits.isEmpty { pieces.append(.number(Int(digits.prefix(18)) ?? 0)) }
        return pieces
    }

    /// The row of the selected meeting in `shown` (0 when it is filtered out).
    public var selection: Int {
        guard let selectedKey else { return 0 }
        return shown.firstIndex { $0.key == selectedKey } ?? 0
    }

    /// Selects row `row` of `shown` (kept in range).
    mutating func select(row: Int) {
        let rows = shown
        guard !rows.isEmpty else { return }
        selectedKey = rows[min(max(0, row), rows.count - 1)].key
    }

    /// Keeps the selection on a shown row and on screen in a list of `height` rows.
    mutating func clamp(height: Int) {
        let rows = shown
        if rows.isEmpty {
            top = 0
            return
        }
        if selectedKey == nil || !rows.contains(where: { $0.key == selectedKey }) { selectedKey = rows[0].key }
        top = AppState.keepVisible(selection, top: top, height: height, count: rows.count)
    }
}
