import VerbatimKit

/// One line of the statement pane: part of the heading, a note, a wrapped line of a paragraph,
/// the break between paragraphs, or the mark of a new printed page.
public struct StatementLine: Sendable {
    /// What the line shows.
    public enum Kind: Sendable, Equatable {
        case heading, meta, note, text, paragraphBreak
        /// A new page of the printed record starts with the next paragraph; `text` is `p. 7`.
        case pageBreak
    }

    public var kind: Kind
    /// The paragraph a text line belongs to (for a note: the paragraph it stands before).
    public var paragraph: Int
    /// Start offset of the line in the paragraph, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) of the drawn part.
    public var end: Int
    /// What is drawn, in logical order.
    public var text: String
    /// The line in display order when it differs from `text` (it holds right-to-left text, or
    /// its paragraph is right to left); `nil` when it shows as written, left to right.
    public var visual: VisualLine?

    /// The scalar offset (in the paragraph) shown at `column` (0-based from the pane's text
    /// area's left edge, `width` columns wide), as drawn under `bidi`; `nil` past the text.
    public func offset(atColumn column: Int, width: Int, bidi: BidiMode, displayWidth: DisplayWidth = .standard) -> Int? {
        if bidi == .reorder, let visual {
            let left = visual.direction == .rightToLeft ? max(0, width - visual.width) : 0
            guard column >= left else { return nil }
            return visual.logicalOffset(atColumn: column - left)
        }
        var x = 0
        var offset = start
        for character in text {
            let w = displayWidth.of(character)
            if column < x + max(w, 1) { return offset }
            x += w
            offset += character.unicodeScalars.count
        }
        return nil
    }
}

/// An entry wrapped to a width: its lines, and where each paragraph starts. Built as far as it
/// is looked at: the heading first, then paragraph by paragraph, so that showing the top of a
/// long statement wraps only what fits on screen; `complete` once every paragraph is in.
public struct StatementLayout: Sendable {
    public private(set) var lines: [StatementLine] = []
    /// Index of the first line of each paragraph wrapped so far.
    public private(set) var paragraphStarts: [Int] = []
    /// True once every paragraph (and the notes after the last) is wrapped.
    public private(set) var complete = false
    /// How far in each paragraph's text, in scalars, the entry's text before it reaches
    /// (for `percent`), and the whole entry's length.
    private var paragraphOffsets: [Int] = []
    private var length = 0
    private let width: Int
    /// The direction of a paragraph without a strong character: the record language's.
    private let direction: TextDirection

    /// The heading of `entry` wrapped to `width` columns; paragraphs follow on `extend`.
    /// `direction` is the record language's (right to left for Arabic).
    init(entry: Entry, width: Int, wrapper: LineWrapper, direction: TextDirection = .leftToRight) {
        self.width = max(1, width)
        self.direction = direction
        var heading = entry.heading
        if let number = entry.statementNumber { heading = "\(number). " + heading }
        appendWrapped(heading, kind: .heading, paragraph: -1, wrapper: wrapper)
        var meta: [String] = []
        if entry.statementNumber != nil || entry.kind == .unattributed {
            let count = entry.paragraphs.count
            meta.append(count == 1 ? "1 paragraph" : "\(count) paragraphs")
        }
        if entry.pages.first == entry.pages.last {
            meta.append("p. \(entry.pages.first)")
        } else {
            meta.append("pp. \(entry.pages.first)–\(entry.pages.last)")
        }
        for line in wrapper.wrap(meta.joined(separator: " · "), width: self.width) {
            lines.append(StatementLine(kind: .meta, paragraph: -1, start: 0, end: 0, text: String(line.text)))
        }
        lines.append(StatementLine(kind: .paragraphBreak, paragraph: -1, start: 0, end: 0, text: ""))
        for paragraph in entry.paragraphs {
            paragraphOffsets.append(length)
            length += paragraph.scalarCount
        }
    }

    /// Wraps further paragraphs of `entry` until `enough` holds or the entry is done.
    mutating func extend(_ entry: Entry, wrapper: LineWrapper, until enough: (StatementLayout) -> Bool) {
        let count = entry.paragraphs.count
        while !complete && !enough(self) {
            let p = paragraphStarts.count
            if p < count {
                if p > 0 && entry.kind != .unattributed {
                    lines.append(StatementLine(kind: .paragraphBreak, paragraph: p, start: 0, end: 0, text: ""))
                }
                // Readers cite pages: a paragraph that starts on a later page than the one
                // before it (or than the label) is preceded by a rule with its page number
                // (before its notes, which stay next to their paragraph).
                let page = entry.paragraphs[p].page
                if entry.kind != .unattributed, page > (p > 0 ? entry.paragraphs[p - 1].page : entry.pages.first) {
                    lines.append(StatementLine(kind: .pageBreak, paragraph: p, start: 0, end: 0, text: "p. \(page)"))
                }
                appendNotes(of: entry, before: p, wrapper: wrapper)
                paragraphStarts.append(lines.count)
                let paragraph = entry.paragraphs[p]
                let text = paragraph.text
                let length = text.unicodeScalars.count
                var glue = paragraph.citations.map(\.scalarRange).map { min($0.lowerBound, length)..<min($0.upperBound, length) }
                glue.append(contentsOf: Glue.defaultRanges(in: text))
                appendWrapped(text, kind: .text, paragraph: p, glue: glue, wrapper: wrapper)
            } else {
                appendNotes(of: entry, before: count, wrapper: wrapper)
                complete = true
            }
        }
    }

    /// The notes that stand before paragraph `index` (notes placed out of range go to the nearest end).
    private mutating func appendNotes(of entry: Entry, before index: Int, wrapper: LineWrapper) {
        for note in entry.notes where min(max(0, note.beforeParagraph), entry.paragraphs.count) == index {
            appendWrapped(note.text, kind: .note, paragraph: index, wrapper: wrapper)
        }
        lines += VoteBlock.lines(of: entry, before: index, width: width, wrapper: wrapper)
    }

    /// Wraps `text` in logical order and appends its lines, each with its display order when
    /// that differs (`BidiParagraph`: the levels and shaping of the whole text, per line).
    private mutating func appendWrapped(
        _ text: String, kind: StatementLine.Kind, paragraph: Int, glue: [Range<Int>] = [], wrapper: LineWrapper
    ) {
        let bidi = BidiParagraph(text, preferred: direction)
        for line in wrapper.wrap(text, width: width, glue: glue, glueGivesWay: true) {
            let visual = bidi.needsReordering ? bidi.line(line.start..<line.drawnEnd, displayWidth: wrapper.displayWidth) : nil
            let offsets = kind == .text || kind == .heading
            lines.append(StatementLine(
                kind: kind, paragraph: paragraph, start: offsets ? line.start : 0, end: offsets ? line.drawnEnd : 0,
                text: String(line.text), visual: visual))
        }
    }

    /// The index of the line showing scalar `offset` of `paragraph` (the paragraph must be wrapped).
    public func line(paragraph: Int, offset: Int) -> Int {
        guard paragraphStarts.indices.contains(paragraph) else { return 0 }
        var index = paragraphStarts[paragraph]
        while index + 1 < lines.count, lines[index + 1].kind == .text, lines[index + 1].paragraph == paragraph,
            lines[index + 1].start <= offset
        {
            index += 1
        }
        return index
    }

    /// Lines to insert into a layout before line `before`, belonging to `paragraph`: `notes` (one
    /// line each), then `count` blank lines (the parallel view pads versions so that aligned
    /// paragraphs start level, and notes what only another version has).
    struct Padding {
        var before: Int
        var count: Int
        var paragraph: Int
        var notes: [String] = []
    }

    /// This layout, complete, with the lines of `insertions` added (notes of kind `note`, blank
    /// lines of kind `paragraphBreak`); insertions at one place keep their order.
    func padded(_ insertions: [Padding]) -> StatementLayout {
        guard !insertions.isEmpty else { return self }
        var copy = self
        var pending = insertions.enumerated().filter { $0.element.count > 0 || !$0.element.notes.isEmpty }
            .sorted { ($0.element.before, $0.offset) < ($1.element.before, $1.offset) }.map(\.element)[...]
        var newIndex: [Int] = []
        newIndex.reserveCapacity(lines.count + 1)
        copy.lines = []
        for index in 0...lines.count {
            while let next = pending.first, next.before <= index {
                for note in next.notes {
                    copy.lines.append(StatementLine(kind: .note, paragraph: next.paragraph, start: 0, end: 0, text: note))
                }
                copy.lines.append(contentsOf: repeatElement(
                    StatementLine(kind: .paragraphBreak, paragraph: next.paragraph, start: 0, end: 0, text: ""), count: next.count))
                pending.removeFirst()
            }
            newIndex.append(copy.lines.count)
            if index < lines.count { copy.lines.append(lines[index]) }
        }
        copy.paragraphStarts = paragraphStarts.map { newIndex[$0] }
        return copy
    }

    /// The first line to show for a wish to start at `scroll` with `height` lines on screen.
    func clampedScroll(_ scroll: Int, height: Int) -> Int {
        complete ? min(max(0, scroll), max(0, lines.count - height)) : max(0, min(scroll, lines.count - 1))
    }

    /// How far through the entry the screen reaches, in percent of its text, when lines up to
    /// `last` (exclusive) are shown.
    func percent(through last: Int) -> Int {
        if complete && last >= lines.count { return 100 }
        guard length > 0 else { return 100 }
        var i = min(last, lines.count) - 1
        while i >= 0 && lines[i].kind != .text { i -= 1 }
        guard i >= 0 else { return 0 }
        let reached = paragraphOffsets[lines[i].paragraph] + lines[i].end
        return min(100, reached * 100 / length)
    }
}

/// Wrapped entries by (entry, width), shared by all states of one document, so that a keypress
/// re-wraps nothing it has wrapped before, and wraps no further than it looks.
final class LayoutCache: @unchecked Sendable {
    private struct CacheKey: Hashable {
        var entry: Int
        var width: Int
        var ambiguous: AmbiguousWidth
    }

    /// How much of an entry's layout a caller needs.
    enum Need {
        /// At least this many lines (fewer when the entry has fewer).
        case lines(Int)
        /// Every line of this paragraph.
        case paragraph(Int)
        /// All of it.
        case all
    }

    private let lock = Lock()
    private var layouts: [CacheKey: StatementLayout] = [:]
    /// The wrappers for the document's language, one per width table (made on first use, from
    /// its language profile).
    private var wrappers: [AmbiguousWidth: LineWrapper] = [:]

    /// The layout of `entry` of `document` at `width` columns measured with `displayWidth`,
    /// wrapped at least as far as `need`.
    func layout(_ document: Document, entry: Int, width: Int, displayWidth: DisplayWidth = .standard, need: Need = .all) -> StatementLayout {
        let key = CacheKey(entry: entry, width: width, ambiguous: displayWidth.ambiguous)
        lock.lock()
        defer { lock.unlock() }
        let source = document.entries[entry]
        let profile = LanguageProfile.named(document.record.meeting.language) ?? .english
        let wrapper = wrappers[displayWidth.ambiguous] ?? LineWrapper(profile: profile, displayWidth: displayWidth)
        wrappers[displayWidth.ambiguous] = wrapper
        var layout: StatementLayout
        if let cached = layouts.removeValue(forKey: key) {
            layout = cached
        } else {
            if layouts.count > 256 { layouts.removeAll(keepingCapacity: true) }
            layout = StatementLayout(
                entry: source, width: width, wrapper: wrapper, direction: profile.isRightToLeft ? .rightToLeft : .leftToRight)
        }
        switch need {
        case .lines(let count): layout.extend(source, wrapper: wrapper) { $0.lines.count >= count }
        case .paragraph(let index): layout.extend(source, wrapper: wrapper) { $0.paragraphStarts.count > index }
        case .all: layout.extend(source, wrapper: wrapper) { _ in false }
        }
        layouts[key] = layout
        return layout
    }
}
