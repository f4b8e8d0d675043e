import Foundation
import VerbatimKit

/// One line of the statement pane: part of the heading, a note, a wrapped line of a paragraph,
/// or the break between paragraphs.
public struct StatementLine: Sendable {
    /// What the line shows.
    public enum Kind: Sendable, Equatable {
        case heading, meta, note, text, paragraphBreak
    }

    public var kind: Kind
    /// The paragraph a text line belongs to (for a note: the paragraph it stands before).
    public var paragraph: Int
    /// Start offset of the line in the paragraph, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) of the drawn part.
    public var end: Int
    /// What is drawn.
    public var text: String
}

/// An entry wrapped to a width: its lines, and where each paragraph starts.
public struct StatementLayout: Sendable {
    public var lines: [StatementLine]
    /// Index of each paragraph's first line.
    public var paragraphStarts: [Int]

    /// Wraps `entry` to `width` columns.
    init(entry: Entry, width: Int, wrapper: LineWrapper) {
        let width = max(1, width)
        var lines: [StatementLine] = []
        var heading = entry.heading
        if let number = entry.statementNumber { heading = "\(number). " + heading }
        for line in wrapper.wrap(heading, width: width) {
            lines.append(StatementLine(kind: .heading, paragraph: -1, start: line.start, end: line.drawnEnd, text: String(line.text)))
        }
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
        for line in wrapper.wrap(meta.joined(separator: " · "), width: width) {
            lines.append(StatementLine(kind: .meta, paragraph: -1, start: 0, end: 0, text: String(line.text)))
        }
        lines.append(StatementLine(kind: .paragraphBreak, paragraph: -1, start: 0, end: 0, text: ""))

        var starts: [Int] = []
        var notesByParagraph: [Int: [Note]] = [:]
        for note in entry.notes { notesByParagraph[min(max(0, note.beforeParagraph), entry.paragraphs.count), default: []].append(note) }
        func appendNotes(_ index: Int) {
            for note in notesByParagraph[index] ?? [] {
                for line in wrapper.wrap(note.text, width: width) {
                    lines.append(StatementLine(kind: .note, paragraph: index, start: 0, end: 0, text: String(line.text)))
                }
            }
        }
        let separate = entry.kind != .unattributed
        for (p, paragraph) in entry.paragraphs.enumerated() {
            if p > 0 && separate {
                lines.append(StatementLine(kind: .paragraphBreak, paragraph: p, start: 0, end: 0, text: ""))
            }
            appendNotes(p)
            starts.append(lines.count)
            let length = paragraph.text.unicodeScalars.count
            var glue = paragraph.citations.map(\.scalarRange).map { min($0.lowerBound, length)..<min($0.upperBound, length) }
            glue.append(contentsOf: StatementLayout.extraGlue(paragraph.text))
            for line in wrapper.wrap(paragraph.text, width: width, glue: glue) {
                lines.append(StatementLine(kind: .text, paragraph: p, start: line.start, end: line.drawnEnd, text: String(line.text)))
            }
        }
        appendNotes(entry.paragraphs.count)
        self.lines = lines
        paragraphStarts = starts
    }

    /// Glue the text layer proposes for any text (numbers with units, names…), beyond citations.
    static func extraGlue(_ text: String) -> [Range<Int>] {
        Glue.defaultRanges(in: text)
    }

    /// The index of the line showing scalar `offset` of `paragraph`.
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
}

/// Wrapped entries by (entry, width), shared by all states of one document, so that a keypress
/// re-wraps nothing it has wrapped before.
final class LayoutCache: @unchecked Sendable {
    private struct CacheKey: Hashable {
        var entry: Int
        var width: Int
    }

    private let lock = NSLock()
    private var layouts: [CacheKey: StatementLayout] = [:]
    private let wrapper = LineWrapper()

    /// The layout of `entry` of `document` at `width`, wrapped on first use.
    func layout(_ document: Document, entry: Int, width: Int) -> StatementLayout {
        let key = CacheKey(entry: entry, width: width)
        lock.lock()
        defer { lock.unlock() }
        if let layout = layouts[key] { return layout }
        if layouts.count > 256 { layouts.removeAll(keepingCapacity: true) }
        let layout = StatementLayout(entry: document.entries[entry], width: width, wrapper: wrapper)
        layouts[key] = layout
        return layout
    }
}
