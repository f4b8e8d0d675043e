import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the pass read from one part of a file, before the parts are joined.
struct ParsedPart {
    /// The part's blocks; statement numbers, and indexes in `blocks`, count from the part's start.
    var record: Record
    /// Its citations, unresolved.
    var citations: CitationLog
    /// The meetings it opened (opening lines) and its cover pages.
    var openings: Int
    var covers: Int
    /// True when it holds a closing line with a time.
    var sawCloseTime: Bool
    /// The line after the last one the pass took.
    var stoppedAt: Int
    /// Set when its first statement's country would come from the invitation before the part.
    var invitationBefore: (name: String?, title: String?)?
    /// True when its pass worked the page table out again (a cover the footers counted on was
    /// not taken), which the other parts' tables do not know.
    var pageTableRevised = false
}

/// Parses a large file that holds many meetings on several cores: the lines are cut at
/// meetings' opening lines into as many parts as there are cores, the parts are read side by
/// side, and joined in order into the record one pass over the whole file gives (statement
/// numbers, line numbers, pages, references and their mentions, votes, warnings).
///
/// The line table, the covers and the page numbers are found once for the whole file first,
/// so that each part sees the same typesetting facts as a single pass; citations are resolved
/// after the join (`CitationLog`). A file the check finds no safe cut in is read in one pass.
enum PartedParse {
    /// Below this size a file is read in one pass (the cut and the join would cost more than
    /// they save).
    static let minimumBytes = 4 << 20

    /// The number of cores online (at least 1).
    static var cores: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// The record of `parser`'s text read in up to `parts` parts side by side, or `nil` when the
    /// text cannot be cut (a single meeting), or when a part's reading shows that the join
    /// would not give what one pass gives.
    static func read(_ parser: consuming RecordParser, parts: Int) -> ReadRecord? {
        let ranges = cuts(parser, parts: parts)
        guard ranges.count > 1 else { return nil }
        return read(consume parser, ranges: ranges)
    }

    /// The record of `parser`'s text read in the parts `ranges` (from `cuts`), or `nil` when a
    /// part's reading shows that the join would not give what one pass gives.
    ///
    /// The parser (with the line table, 20 bytes a line) is released once the parts are read,
    /// before the join, and each part once it is joined: the join is the parse's peak, and
    /// holds only the input, the parts not yet joined and the joined record. When the caller
    /// keeps a copy of the parser, its table stays until the caller releases it.
    static func read(_ parser: consuming RecordParser, ranges: [Range<Int>]) -> ReadRecord? {
        var results = readSideBySide(parser, ranges)
        let language = parser.profile.code
        let holdsText = parser.table.count > 0
        _ = consume parser
        return join(&results, ranges: ranges, language: language, holdsText: holdsText)
    }

    /// The cover anchors of `lines` (`CoverPage.anchors`); on a large text the places where a
    /// record symbol is written are looked for, and their lines judged, on all cores, a share
    /// of the text each (a line across two shares is judged in both, and kept once).
    static func coverAnchors(_ bytes: UnsafeBufferPointer<UInt8>, lines: [SourceLine]) -> [Int] {
        guard bytes.count >= minimumBytes, cores > 1 else { return CoverPage.anchors(bytes, lines: lines) }
        let shares = SideBySide.shares(0..<bytes.count, parts: cores)
        var anchors: [Int] = []
        for found in SideBySide.map(shares.count, { j in
            let places = CoverPage.symbolPlaces(bytes, from: shares[j].lowerBound, to: shares[j].upperBound)
            return CoverPage.anchors(bytes, lines: lines, places: places)
        }) {
            anchors += found.drop { $0 <= (anchors.last ?? -1) }
        }
        return anchors
    }

    /// The parts' line ranges: cut at the first meeting opening at or after each equal share.
    static func cuts(_ parser: RecordParser, parts: Int) -> [Range<Int>] {
        var parser = parser
        let count = parser.table.count
        var starts = [0]
        for j in 1..<max(1, parts) {
            var k = max(count * j / parts, starts.last! + 1)
            while k < count, !parser.opensMeeting(k) { k += 1 }
            if k < count, k > starts.last! { starts.append(k) }
        }
        return starts.indices.map { j in starts[j]..<(j + 1 < starts.count ? starts[j + 1] : count) }
    }

    /// Reads each range with its own copy of `parser`, at most one thread per core.
    private static func readSideBySide(_ parser: RecordParser, _ ranges: [Range<Int>]) -> [ParsedPart?] {
        let box = PartsBox(parser: parser, ranges: ranges)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { j in
            box.read(j)
        }
        return box.results
    }

    /// The parts joined in order, or `nil` when a part shows the join would differ from one
    /// pass: a part that read past its end or revised its page table, a first part with no
    /// opening or no statement (the cover and page rules of later meetings assume both), or a
    /// first statement that one pass would give a country from the invitation at the end of the
    /// part before.
    /// Each part is taken out of `parts` as it is joined (every slot holds a part on entry).
    private static func join(
        _ parts: inout [ParsedPart?], ranges: [Range<Int>], language: String, holdsText: Bool
    ) -> ReadRecord? {
        // Taken out of its slot, a part's arrays are held once, and grow in place.
        guard !parts.isEmpty, let first = parts[0].take(), first.openings >= 1, !first.record.statements.isEmpty,
              first.stoppedAt == ranges[0].upperBound, !first.pageTableRevised else { return nil }
        for j in parts.indices.dropFirst()
        where parts[j]?.stoppedAt != ranges[j].upperBound || parts[j]?.pageTableRevised == true { return nil }
        var openings = first.openings
        var covers = first.covers
        var closed = first.sawCloseTime
        var record = first.record
        var citations = first.citations
        _ = consume first
        for j in parts.indices.dropFirst() {
            guard let part = parts[j].take() else { return nil }
            if let label = part.invitationBefore,
               let before = record.statements.last?.paragraphs.last?.text,
               Invitation.country(in: before, name: label.name, title: label.title) != nil {
                return nil
            }
            let read = part.record
            let statementBase = record.statements.count
            let proceduralBase = record.procedural.count
            let unattributedBase = record.unattributed.count
            citations.append(part.citations, statements: statementBase, agenda: record.agenda.count, procedural: proceduralBase)
            record.statements.reserveCapacity(statementBase + read.statements.count)
            for var statement in read.statements {
                statement.index += statementBase
                record.statements.append(statement)
            }
            record.procedural += read.procedural
            record.agenda += read.agenda
            record.unattributed += read.unattributed
            record.blocks.reserveCapacity(record.blocks.count + read.blocks.count)
            for block in read.blocks {
                switch block {
                case .procedural(let k): record.blocks.append(.procedural(k + proceduralBase))
                case .statement(let k): record.blocks.append(.statement(k + statementBase))
                case .unattributed(let k): record.blocks.append(.unattributed(k + unattributedBase))
                }
            }
            if record.meeting.openedAt == nil { record.meeting.openedAt = read.meeting.openedAt }
            if !closed, part.sawCloseTime {
                record.meeting.closedAt = read.meeting.closedAt
                closed = true
            }
            openings += part.openings
            covers += part.covers
        }
        return ReadRecord(
            record: record, citations: citations, language: language,
            openings: openings, covers: covers, holdsText: holdsText)
    }
}

/// The parser and the parts' results, shared by the threads that read them; each thread
/// writes only its own slot, and the slots are read after all threads are done.
private final class PartsBox: @unchecked Sendable {
    let parser: RecordParser
    let ranges: [Range<Int>]
    private let slots: UnsafeMutableBufferPointer<ParsedPart?>

    init(parser: RecordParser, ranges: [Range<Int>]) {
        self.parser = parser
        self.ranges = ranges
        slots = .allocate(capacity: ranges.count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// The results, once every part is read.
    var results: [ParsedPart?] { Array(slots) }

    func read(_ j: Int) {
        var copy = parser
        slots[j] = copy.parsePart(ranges[j], continuation: j > 0)
    }
}
