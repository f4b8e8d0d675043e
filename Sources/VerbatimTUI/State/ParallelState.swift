import VerbatimKit

/// Two or more language versions of one meeting read side by side: the versions, how their
/// entries line up, and which version a narrow screen shows. The version being read (the
/// *primary*, whose speakers, references and search the other panes use) is the state's
/// `document`; the view is on while that document is one of the versions.
public struct ParallelState: Sendable {
    /// The versions in the order they were given.
    public let versions: [Document]
    /// The entries of the versions lined up row by row (`rows[r][v]`: an entry of version `v`).
    public let alignment: VersionAlignment
    /// The version a screen too narrow for columns shows, when not the primary.
    public internal(set) var shown: Int?
    /// In the state a column of another version is drawn from (whose document is that version),
    /// the version being read.
    var drawnFor: Int?
    /// Each row's versions padded to line up paragraph by paragraph, by width.
    let layouts = ParallelLayoutCache()
    /// For each version, the row of each of its entries.
    let rowOfEntry: [[Int]]

    /// Screens at least this wide show every version in a column of its own.
    public static let columnsMinimumWidth = 120

    init(versions: [Document]) {
        self.versions = versions
        let alignment = VersionAlignment(counts: versions.map(\.entries.count)) { v, i, w, j in
            ParallelState.entriesMatch(versions[v], i, versions[w], j)
        }
        self.alignment = alignment
        var rowOfEntry = versions.map { [Int](repeating: 0, count: $0.entries.count) }
        for (r, row) in alignment.rows.enumerated() {
            for (v, entry) in row.enumerated() {
                if let entry { rowOfEntry[v][entry] = r }
            }
        }
        self.rowOfEntry = rowOfEntry
    }

    /// Whether entry `i` of `a` and entry `j` of `b` can be the same part of the meeting: two
    /// statements by the same speaker (`SpeakerMatch`), procedural lines of one kind, or two
    /// runs of unattributed text.
    static func entriesMatch(_ a: Document, _ i: Int, _ b: Document, _ j: Int) -> Bool {
        let x = a.entries[i], y = b.entries[j]
        switch (x.kind, y.kind) {
        case (.statement, .statement):
            guard let first = x.speaker, let second = y.speaker else { return false }
            return SpeakerMatch.matches(first, second, sameLanguage: a.record.meeting.language == b.record.meeting.language)
        case (.procedural(let first), .procedural(let second)):
            return first == second
        case (.unattributed, .unattributed):
            return true
        default:
            return false
        }
    }

    /// The position of `document` among the versions, `nil` when it is none of them.
    func version(of document: Document) -> Int? {
        versions.firstIndex { $0 === document }
    }

    /// The row of entry `entry` of version `version`.
    func row(of entry: Int, in version: Int) -> Int? {
        guard rowOfEntry.indices.contains(version), rowOfEntry[version].indices.contains(entry) else { return nil }
        return rowOfEntry[version][entry]
    }

    /// The entry of `version` to show for row `row`: its own, else the nearest before it, else
    /// the nearest after.
    func entry(near row: Int, in version: Int) -> Int? {
        let rows = alignment.rows
        guard rows.indices.contains(row) else { return nil }
        if let own = rows[row][version] { return own }
        for r in stride(from: row - 1, through: 0, by: -1) { if let e = rows[r][version] { return e } }
        for r in (row + 1)..<rows.count { if let e = rows[r][version] { return e } }
        return nil
    }

    /// The name of a version for column headers and messages: its language code.
    func label(of version: Int) -> String {
        versions[version].record.meeting.language
    }

    /// The meeting a version is of: its symbol, else the symbol its file is named after, as the
    /// title row has it.
    static func meetingName(of record: Record, path: String?) -> String {
        Document.name(of: record, path: path)
    }
}

/// Versions that are not of one meeting (their symbols differ), with a message a user can act on.
public struct ParallelVersionsError: Error, Equatable, Sendable {
    public var message: String
}

extension AppState {
    /// A state reading `versions` (record and file path each) side by side, the first as the
    /// primary. Throws when they are not versions of one meeting (see `ParallelState.meetingName`).
    public init(versions: [(record: Record, path: String?)], colors: Bool = true, size: Size = Size(width: 80, height: 24)) throws {
        guard let first = versions.first else { throw ParallelVersionsError(message: "no record to show") }
        let names = versions.map { ParallelState.meetingName(of: $0.record, path: $0.path) }
        if let other = names.firstIndex(where: { $0 != names[0] }) {
            let file = { (i: Int) in versions[i].path.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? "record \(i + 1)" }
            throw ParallelVersionsError(
                message: "not versions of one meeting: \(file(0)) is \(names[0]), \(file(other)) is \(names[other])")
        }
        self.init(record: first.record, path: first.path, colors: colors, size: size)
        guard versions.count > 1 else { return }
        var documents = [document]
        for version in versions.dropFirst() { documents.append(Document(record: version.record, path: version.path)) }
        parallel = ParallelState(versions: documents)
        // Several versions open on their aligned columns; `i` shows the primary one's overview.
        overview = nil
    }

    /// The parallel view when it is on (the document read is one of its versions), with the
    /// primary version's position.
    var activeParallel: (state: ParallelState, primary: Int)? {
        guard let parallel, let primary = parallel.version(of: document) else { return nil }
        return (parallel, primary)
    }

    /// How many versions the statement pane shows side by side.
    var parallelColumnCount: Int {
        guard let active = activeParallel else { return 1 }
        return size.width >= ParallelState.columnsMinimumWidth ? active.state.versions.count : 1
    }

    /// The versions the statement pane shows, left to right.
    var shownVersions: [Int] {
        guard let active = activeParallel else { return [] }
        if parallelColumnCount > 1 { return Array(active.state.versions.indices) }
        return [active.state.shown ?? active.primary]
    }

    /// The layout the statement pane scrolls through, `width` columns wide: the entry on show
    /// wrapped, or in the parallel view the primary's column padded to line up with the others.
    func shownLayout(width: Int, need: LayoutCache.Need) -> StatementLayout {
        if let padded = parallelLayout(width: width) { return padded }
        return document.layouts.layout(document, entry: entry, width: width, displayWidth: displayWidth, need: need)
    }

    /// The primary's entry on show, padded to line up with its row in every version; `nil`
    /// outside the parallel view.
    func parallelLayout(width: Int) -> StatementLayout? {
        guard let (parallel, own) = activeParallel, let row = parallel.row(of: entry, in: own) else { return nil }
        return parallel.layouts.layouts(parallel, row: row, primary: parallel.drawnFor ?? own, width: width, displayWidth: displayWidth)[own]
    }

    /// Where the primary version's text is drawn inside the statement pane's `inner` rectangle
    /// (its column in the parallel view); `nil` when a narrow screen shows another version.
    func primaryTextArea(_ inner: Rect) -> Rect? {
        guard let (_, primary) = activeParallel else { return Layout.textArea(inner, measure: textMeasure) }
        let versions = shownVersions
        guard let k = versions.firstIndex(of: primary) else { return nil }
        return Layout.textArea(ParallelPane.columns(in: inner, count: versions.count)[k])
    }

    /// The text width of each column of the statement pane in the parallel view.
    var parallelColumnWidth: Int? {
        guard activeParallel != nil, let box = layout.statement else { return nil }
        let columns = ParallelPane.columns(in: Layout.inner(box), count: parallelColumnCount)
        return columns.first.map { max(1, Layout.textArea($0).width) }
    }
}
