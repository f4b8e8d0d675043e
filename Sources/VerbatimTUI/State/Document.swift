import VerbatimKit

/// A loaded record with everything the browser derives from it: the entries in reading order
/// and the index of mentions per reference (built at load), the folded text for search (built
/// per entry the first time a search reaches it) and the cache of wrapped lines. Immutable apart
/// from the caches; shared by reference between states and history.
public final class Document: Sendable {
    /// The record as parsed.
    public let record: Record
    /// The file it came from.
    public let path: String?
    /// Its entries in reading order.
    public let entries: [Entry]
    /// Positions of the entries that are statements, in order (for `statement 3/24` and `:N`).
    public let statementEntries: [Int]
    /// Every mention of each reference key, in reading order.
    public let mentions: [String: [TextPosition]]
    /// The references of each entry, grouped by kind, then in order of first mention.
    public let entryReferences: [[EntryReference]]
    /// The folded text of each paragraph of each entry, for search, built on first use.
    let searchIndex: SearchIndex
    /// The folded speaker label and country of each entry, for the speaker jump.
    public let speakerTexts: [SearchText]
    /// Wrapped lines of entries by width.
    let layouts = LayoutCache()
    /// Speaker-list rows as drawn.
    let speakerRows = SpeakerRowCache()
    /// Short name of the record: its symbol, else the symbol its file is named after
    /// (`S_PV.8160_zh.txt` → `S/PV.8160`), else the file name, else "record".
    public let name: String
    /// The title row's text.
    let title: String
    /// The meeting's figures for the overview, worked out the first time the overview asks
    /// (reading the meeting's times compiles patterns: too slow for every first frame).
    public var summary: MeetingSummary {
        summaryCache.value { MeetingSummary(record: record) }
    }
    private let summaryCache = ComputedOnce<MeetingSummary>()
    /// The overview's lines at the last width drawn.
    let overviewCache = OverviewCache()

    public init(record: Record, path: String?) {
        self.record = record
        self.path = path
        let entries = Entry.entries(of: record)
        self.entries = entries
        name = Document.name(of: record, path: path)
        title = TitleBar.text(of: record, name: name)
        statementEntries = entries.indices.filter { entries[$0].statementNumber != nil }

        // Each citation's key is hashed once, to a small integer; everything else works on those.
        var keyIDs: [String: Int] = [:]
        var keys: [String] = []
        var keyKinds: [ReferenceKindGroup] = []
        var positions: [[TextPosition]] = []
        var entryKeys: [[Int]] = []
        entryKeys.reserveCapacity(entries.count)
        for (e, entry) in entries.enumerated() {
            var here: [Int] = []
            for (p, paragraph) in entry.paragraphs.enumerated() {
                for citation in paragraph.citations {
                    let key = Document.key(of: citation)
                    let id: Int
                    if let known = keyIDs[key] {
                        id = known
                    } else {
                        id = keys.count
                        keyIDs[key] = id
                        keys.append(key)
                        keyKinds.append(Document.group(of: citation))
                        positions.append([])
                    }
                    positions[id].append(TextPosition(entry: e, paragraph: p, start: citation.start, end: citation.end))
                    here.append(id)
                }
            }
            entryKeys.append(here)
        }
        var mentions: [String: [TextPosition]] = [:]
        mentions.reserveCapacity(keys.count)
        for (id, key) in keys.enumerated() {
            // Entries and paragraphs are visited in order; only offsets within a paragraph may not be.
            var list = positions[id]
            if zip(list, list.dropFirst()).contains(where: { $0.0 > $0.1 }) { list.sort() }
            mentions[key] = list
        }
        self.mentions = mentions

        var counts: [Int: Int] = [:]
        entryReferences = entryKeys.map { ids in
            guard !ids.isEmpty else { return [] }
            var order: [Int] = []
            counts.removeAll(keepingCapacity: true)
            for id in ids {
                if counts[id] == nil { order.append(id) }
                counts[id, default: 0] += 1
            }
            let refs = order.map { id in
                EntryReference(key: keys[id], kind: keyKinds[id], here: counts[id] ?? 0, total: positions[id].count)
            }
            return refs.enumerated().sorted { a, b in
                a.element.kind != b.element.kind ? a.element.kind < b.element.kind : a.offset < b.offset
            }.map(\.element)
        }
        searchIndex = SearchIndex(count: entries.count)
        speakerTexts = entries.map { entry in
            guard let speaker = entry.speaker else { return SearchText("") }
            return SearchText([speaker.label, speaker.name ?? "", speaker.title ?? "", speaker.country ?? ""].joined(separator: "\u{1}"))
        }
    }

    /// The folded text of each paragraph of entry `entry`, for search; built the first time it
    /// is asked for and kept.
    func searchTexts(of entry: Int) -> [SearchText] {
        searchIndex.texts(of: entry) { entries[entry].paragraphs.map { SearchText($0.text) } }
    }

    /// What a speaker-list row shows for an entry without a speaker: the start of its text
    /// (160 characters at most) on one line. Made when a row is drawn, so only for visible rows.
    func listText(_ entry: Int) -> String {
        let source = entries[entry]
        let text = source.kind == .unattributed ? source.heading : (source.paragraphs.first?.text ?? source.heading)
        return String(text.prefix(160).map { $0.isNewline ? " " : $0 })
    }

    /// The key a citation is indexed by: its id, or its text when the id is unknown.
    static func key(of citation: Citation) -> String {
        citation.id ?? citation.text
    }

    static func group(of citation: Citation) -> ReferenceKindGroup {
        guard citation.id != nil else { return .unresolved }
        switch citation.kind {
        case .scResolution: return .scResolution
        case .gaResolution: return .gaResolution
        case .document: return .document
        case .instrument: return .instrument
        }
    }

    /// The record's reference with id `key`, if the parser indexed it.
    func reference(_ key: String) -> Reference? {
        record.references.first { $0.id == key }
    }

    /// How a reference is named on screen: an instrument by the first name the record cites it by
    /// (in `《…》` when that name is written in ideographs, as the record writes it), anything else
    /// by its id.
    func title(of key: String) -> String {
        guard let reference = reference(key), reference.kind == .instrument, let name = reference.names.first else {
            return key
        }
        return name.unicodeScalars.first?.properties.isIdeographic == true ? "《\(name)》" : name
    }

    /// The kind of the thing `key` names, from its first mention.
    func kind(of key: String) -> ReferenceKind? {
        guard let first = mentions[key]?.first else { return nil }
        let citations = entries[first.entry].paragraphs[first.paragraph].citations
        return citations.first { Document.key(of: $0) == key }?.kind
    }

    /// The public link of `key`: the parser's, or undocs.org built from the symbol; `nil` for
    /// instruments and unresolved mentions.
    func url(of key: String) -> String? {
        if let url = reference(key)?.url { return url }
        guard let kind = kind(of: key), kind != .instrument, reference(key) != nil || mentions[key] != nil,
            key.contains("/")
        else { return nil }
        var symbol = key
        symbol.unicodeScalars.removeAll { $0 == " " }
        return "https://undocs.org/\(record.meeting.language)/\(symbol)"
    }

    static func name(of record: Record, path: String?) -> String {
        if let symbol = record.meeting.symbol { return symbol }
        guard let path, let last = path.split(separator: "/").last else { return "record" }
        return Document.symbol(fromFileName: String(last)) ?? String(last)
    }

    /// The UN symbol a file is named after (see `FileNameSymbol`).
    static func symbol(fromFileName name: String) -> String? {
        FileNameSymbol.symbol(fromFileName: name)
    }
}
