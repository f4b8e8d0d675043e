/// Resolves instrument citations (short forms, generic back-references, catalogue names) and
/// keeps the record's index of cited things, fed citation by citation in reading order.
///
/// An instrument's id is its catalogue id (`NPT`, `JCPOA`) when the catalogue knows the name it
/// resolves to, else the name in `《…》`; the names it was cited by are kept with it.
struct ReferenceIndex {
    /// Final words of instrument names that, alone in `《》`, refer back to an instrument
    /// named before (`《条约》` → the treaty last named).
    static let genericNames: Set<ByteKey> = Set([
        "条约", "公约", "议定书", "行动计划", "计划", "协定", "协议", "宪章", "守则", "宣言", "决定",
        "战略", "框架", "议程", "文书", "章程", "规约", "准则", "纲领", "方案", "倡议", "备忘录",
        "行为守则", "框架公约", "声明", "承诺", "路线图",
    ].map(ByteKey.init))

    /// Public link of a UN symbol in the record's language; `nil` for instruments.
    static func url(for id: String, kind: ReferenceKind, language: String) -> String? {
        guard kind != .instrument else { return nil }
        var out = "https://undocs.org/"
        out += language
        out += "/"
        // The URL has no space before the year's parenthesis: `S/RES/1540(2004)`.
        let utf8 = id.utf8
        guard let space = utf8.firstIndex(where: { $0 == 0x20 }) else { return out + id }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var previous: UInt8?
        for b in utf8[space...] {
            if let p = previous, !(p == 0x20 && b == 0x28) { bytes.append(p) }
            previous = b
        }
        if let p = previous { bytes.append(p) }
        out += String(id.utf8[..<space])!
        out += String(decoding: bytes, as: UTF8.self)
        return out
    }

    let language: String
    /// The citation forms of the record's language, for the scanner.
    let words: CitationWords
    private(set) var references: [Reference] = []
    private var index: [ByteKey: Int] = [:]
    /// Short form → full name, from `《全称》（《简称》）`.
    private var shortForms: [ByteKey: String] = [:]
    /// Instruments named so far in the current statement: id, name as written, and the full
    /// name a short form stands for.
    private var recent: [(id: String, written: String, full: String)] = []
    /// True when a short form was defined after being used as a name of its own.
    private(set) var needsSecondPass = false

    init(language: String) {
        self.language = language
        words = LanguageProfile.named(language)?.citations ?? CitationWords(language: language)
    }

    /// The citations of a paragraph's UTF-8 bytes, in the forms of the record's language.
    func scan(_ p: UnsafeBufferPointer<UInt8>) -> [RawCitation] {
        CitationScanner.scan(p, words: words)
    }

    /// A new statement (or a block outside statements) starts: back-references look no further.
    mutating func startScope() {
        recent.removeAll(keepingCapacity: true)
    }

    /// Resolved instrument names as written (not generic ones): id and index in `references`.
    private var instrumentKeys = ByteStringTable()
    private var instrumentEntries: [(id: String, reference: Int, full: String)?] = []

    /// The resolved instrument cached for the name `written`, if any.
    private func cachedInstrument(_ written: String) -> (id: String, reference: Int, full: String)? {
        var key = written
        guard let v = key.withUTF8({ instrumentKeys.value(for: $0) }) else { return nil }
        return instrumentEntries[v]
    }

    /// Caches `entry` for the name `written` (`nil` forgets it).
    private mutating func setCachedInstrument(_ written: String, _ entry: (id: String, reference: Int, full: String)?) {
        var key = written
        if let v = key.withUTF8({ instrumentKeys.value(for: $0) }) {
            instrumentEntries[v] = entry
        } else if let entry {
            key.withUTF8 { instrumentKeys.insert($0, value: instrumentEntries.count) }
            instrumentEntries.append(entry)
        }
    }
    /// Index in `references` of each UN symbol cited.
    private var symbolIndex = ByteStringTable()

    /// Turns raw citations into model citations, resolving instruments, and counts them;
    /// `bytes` is the text they were scanned in (`nil` when they are only counted: then their
    /// texts are empty), which the citations keep a copy of.
    mutating func add(_ raw: [RawCitation], statement: Int?, in bytes: UnsafeBufferPointer<UInt8>?) -> [Citation] {
        var ids: [ResolvedCitation] = []
        resolve(raw, statement: statement, into: &ids)
        return Self.citations(raw, ids[...], references: references, in: bytes.map { (TextBuffer(copying: $0), 0) })
    }

    /// What resolving a raw citation gave: the index in `references` of what it cites, or
    /// `unresolved` (a back-reference that finds nothing named before: kept, without an id),
    /// or `dropped` (a generic noun alone is no citation). Four bytes, not the id's `String`.
    struct ResolvedCitation {
        var reference: Int32
        static let unresolved = ResolvedCitation(reference: -1)
        static let dropped = ResolvedCitation(reference: -2)
        init(reference: Int32) { self.reference = reference }
        init(_ k: Int) { reference = Int32(k) }
    }

    /// Resolves `raw` in order and counts the mentions, appending what each gave to `ids`:
    /// the part of `add` that needs everything cited before.
    mutating func resolve(_ raw: [RawCitation], statement: Int?, into ids: inout [ResolvedCitation]) {
        // Each citation read in place (`raw[i]`), not copied with its strings.
        for i in raw.indices {
            var resolved = ResolvedCitation.unresolved
            if raw[i].kind != .instrument {
                var key = raw[i].key
                if let k = key.withUTF8({ symbolIndex.value(for: $0) }) {
                    mention(k, statement: statement)
                    resolved = ResolvedCitation(k)
                } else {
                    let k = newReference(raw[i].key, kind: raw[i].kind, statement: statement)
                    key.withUTF8 { symbolIndex.insert($0, value: k) }
                    resolved = ResolvedCitation(k)
                }
            } else if raw[i].isGeneric {
                // `the Charter`: the instrument named last in the statement whose name holds the
                // noun; nothing when there is none (a noun alone is no citation).
                guard let hit = recent.last(where: { $0.written.contains(raw[i].key) || Self.namesHold($0.id, raw[i].key, language) })
                else {
                    ids.append(.dropped)
                    continue
                }
                resolved = ResolvedCitation(count(hit.id, kind: .instrument, statement: statement))
            } else if let catalogId = raw[i].catalogId {
                // Named in running text by a catalogue name.
                let k = count(catalogId, kind: .instrument, statement: statement)
                addName(raw[i].key, to: k)
                recent.append((catalogId, raw[i].key, raw[i].key))
                resolved = ResolvedCitation(k)
            } else {
                let key = ByteKey(raw[i].key)
                if let full = raw[i].shortFormOf, shortForms[key] == nil {
                    shortForms[key] = full
                    if let cached = cachedInstrument(raw[i].key), cached.id.utf8Equals("《\(raw[i].key)》") { needsSecondPass = true }
                    setCachedInstrument(raw[i].key, nil)
                }
                if let cached = cachedInstrument(raw[i].key) {
                    mention(cached.reference, statement: statement)
                    recent.append((cached.id, raw[i].key, cached.full))
                    resolved = ResolvedCitation(cached.reference)
                } else if let id = resolve(raw[i].key) {
                    let k = count(id, kind: .instrument, statement: statement)
                    resolved = ResolvedCitation(k)
                    if !Self.genericNames.contains(key) {
                        setCachedInstrument(raw[i].key, (id, k, recent.last?.full ?? raw[i].key))
                        addName(raw[i].key, to: k)
                    }
                }
            }
            ids.append(resolved)
        }
    }

    /// The model citations of `raw`, resolved as `ids` say (one each, in order), their texts
    /// ranges of `text` (the buffer they were scanned in, from `offset`; empty when `nil`).
    /// Reads nothing else: paragraphs can be made side by side once their citations are resolved.
    static func citations(
        _ raw: [RawCitation], _ ids: ArraySlice<ResolvedCitation>, references: [Reference],
        in text: (buffer: TextBuffer, offset: Int)?
    ) -> [Citation] {
        var out: [Citation] = []
        out.reserveCapacity(raw.count)
        let (buffer, offset) = text ?? (noText, 0)
        for k in raw.indices {
            let reference = ids[ids.startIndex + k].reference
            guard reference != ResolvedCitation.dropped.reference else { continue }
            let id = reference >= 0 ? references[Int(reference)].id : nil
            let bytes = text == nil ? 0..<0 : offset + Int(raw[k].from)..<offset + Int(raw[k].to)
            out.append(Citation(id: id, kind: raw[k].kind, buffer: buffer, bytes: bytes, start: raw[k].start, end: raw[k].end))
        }
        return out
    }

    /// The text of citations that are only counted.
    private static let noText = TextBuffer(capacity: 0)

    @inline(__always)
    private mutating func mention(_ k: Int, statement: Int?) {
        references[k].mentions += 1
        if let statement, references[k].statements.last != statement { references[k].statements.append(statement) }
    }

    private mutating func newReference(_ id: String, kind: ReferenceKind, statement: Int?) -> Int {
        references.append(Reference(
            id: id, kind: kind, url: Self.url(for: id, kind: kind, language: language),
            mentions: 1, statements: statement.map { [$0] } ?? []))
        return references.count - 1
    }

    /// The id of an instrument named `written` inside `《》`: through a short form to its full
    /// name, then the catalogue; a generic name to the instrument named last with that ending.
    private mutating func resolve(_ written: String) -> String? {
        let key = ByteKey(written)
        let full: String
        if let long = shortForms[key] {
            full = long
        } else if Self.genericNames.contains(key) {
            return recent.last(where: { $0.written.hasUTF8Suffix(written) || $0.full.hasUTF8Suffix(written) })?.id
        } else {
            full = written
        }
        let id = InstrumentCatalog.id(forName: full, language: language)
            ?? InstrumentCatalog.id(forName: written, language: language) ?? "《\(full)》"
        recent.append((id, written, full))
        return id
    }

    /// True when a catalogue name of instrument `id` in `language` holds `noun` (`TNP` is the
    /// `Traité sur la non-prolifération…`).
    private static func namesHold(_ id: String, _ noun: String, _ language: String) -> Bool {
        InstrumentCatalog.instrument(id: id)?.names[language]?.contains { $0.contains(noun) } ?? false
    }

    /// True for a generic noun as the text has it (`Charter`, `Устава`): one word that starts
    /// with one of the language's generic nouns.
    private func isGenericNoun(_ text: String) -> Bool {
        !text.contains(" ") && words.genericNouns.contains { text.hasPrefix($0.filter { $0 != "*" }) }
    }

    /// Notes `name` among the names reference `k` was cited by.
    private mutating func addName(_ name: String, to k: Int) {
        if !references[k].names.contains(where: { $0.utf8Equals(name) }) { references[k].names.append(name) }
    }

    /// Counts a mention of `id`, adding it to the index if new; returns its index.
    @discardableResult
    private mutating func count(_ id: String, kind: ReferenceKind, statement: Int?) -> Int {
        let key = ByteKey(id)
        if let k = index[key] {
            mention(k, statement: statement)
            return k
        }
        let k = newReference(id, kind: kind, statement: statement)
        index[key] = k
        return k
    }

    /// Re-resolves every instrument citation of `record` knowing all short forms, and rebuilds
    /// the index; needed only when a short form was used before its definition.
    mutating func secondPass(_ record: inout Record) {
        references.removeAll()
        index.removeAll()
        instrumentKeys.removeAll()
        instrumentEntries.removeAll()
        symbolIndex.removeAll()
        func redo(_ citations: inout [Citation], statement: Int?) {
            for c in citations.indices {
                var name: String?
                if citations[c].kind == .instrument, citations[c].text.hasPrefix("《") {
                    let written = citations[c].text.filter { $0 != "《" && $0 != "》" && $0 != " " }
                    citations[c].id = resolve(written)
                    if !Self.genericNames.contains(ByteKey(written)) { name = written }
                } else if citations[c].kind == .instrument, let id = citations[c].id, !isGenericNoun(citations[c].text) {
                    // A catalogue name in running text.
                    name = citations[c].text
                    recent.append((id, citations[c].text, citations[c].text))
                }
                if let id = citations[c].id {
                    let k = count(id, kind: citations[c].kind, statement: statement)
                    if let name { addName(name, to: k) }
                }
            }
        }
        for block in record.blocks {
            startScope()
            switch block {
            case .procedural(let p):
                redo(&record.procedural[p].references, statement: nil)
            case .statement(let s):
                let number = record.statements[s].index
                for p in record.statements[s].paragraphs.indices {
                    redo(&record.statements[s].paragraphs[p].references, statement: number)
                }
            case .unattributed:
                break
            }
        }
        var agendaCursor = 0
        for line in record.procedural where line.kind == .agendaItem && agendaCursor < record.agenda.count {
            record.agenda[agendaCursor].references = line.references
            agendaCursor += 1
        }
    }
}
