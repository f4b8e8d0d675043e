/// The lines of a record with the facts of its typesetting: where each line lies in the UTF-8
/// bytes (`SourceLine`), the full width of a line, and whether the text was hard-wrapped at all.
/// The questions the pass asks about one line (does it end a sentence, how wide is the next
/// line's first word) are answered here, from the bytes, without making strings.
struct LineTable {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [SourceLine]
    /// The page of each line.
    let pages: LinePages
    /// The full line width of the record, inferred from the widths of its lines.
    let fullWidth: Int
    /// True when the text has no hard wraps (one paragraph per line).
    let reflowed: Bool
    /// True when paragraphs keep their ideographic-space indent: then it alone starts them.
    let indented: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, scan: LineScanner, spacedWords: Bool) {
        self.bytes = bytes
        lines = scan.lines
        pages = scan.pages
        (fullWidth, reflowed) = spacedWords
            ? Self.inferWordWidth(scan.widthHistogram, lineCount: scan.lines.count)
            : Self.inferWidth(scan.widthHistogram, lineCount: scan.lines.count)
        indented = scan.indentedLines >= 3 && scan.indentedLines * 20 >= scan.lines.count
    }

    var count: Int { lines.count }

    /// The most common width of lines at least 20 columns wide; with many lines much wider than
    /// that, the text was not hard-wrapped.
    static func inferWidth(_ histogram: [Int], lineCount: Int) -> (Int, Bool) {
        var best = 44
        var bestCount = 0
        // Ties go to the wider width (a short text has few lines of each width).
        for w in 20..<histogram.count - 1 where histogram[w] >= bestCount && histogram[w] > 0 {
            best = w
            bestCount = histogram[w]
        }
        // In a short text, first lines (full width less a two-ideograph indent) can outnumber
        // full lines: a width four columns wider, well represented, is the full one.
        if best + 4 < histogram.count - 1, histogram[best + 4] >= 2, histogram[best + 4] * 3 >= bestCount {
            best += 4
            bestCount = histogram[best]
        }
        var wider = 0
        for w in min(best + 12, histogram.count - 1)..<histogram.count { wider += histogram[w] }
        let reflowed = lineCount > 0 && (bestCount == 0 || wider * 5 > lineCount || wider > bestCount)
        return (best, reflowed)
    }

    /// The full line width of text set in a proportional font: the median width of lines at
    /// least 20 columns wide (most lines of a paragraph are full). With many lines half again
    /// as wide, the text was not hard-wrapped.
    static func inferWordWidth(_ histogram: [Int], lineCount: Int) -> (Int, Bool) {
        var total = 0
        for w in 20..<histogram.count { total += histogram[w] }
        guard total > 0 else { return (80, lineCount > 0) }
        var seen = 0
        var median = 20
        for w in 20..<histogram.count {
            seen += histogram[w]
            if seen * 2 >= total { median = w; break }
        }
        var wider = 0
        for w in min(median * 3 / 2, histogram.count - 1)..<histogram.count { wider += histogram[w] }
        return (median, wider * 5 > total)
    }

    /// The text of `lines[index]`.
    func text(_ index: Int) -> String {
        UTF8Scalars.string(bytes, Int(lines[index].start), Int(lines[index].end))
    }

    /// The last scalar of a line (0 for an empty one).
    func lastScalar(_ line: SourceLine) -> UInt32 {
        guard line.end > line.start else { return 0 }
        return UTF8Scalars.decode(bytes, at: UTF8Scalars.previousStart(bytes, before: Int(line.end), limit: Int(line.start))).value
    }

    // MARK: - Ideographic lines

    /// True when the line leaves a bracket open (`安理会第2334（2016`, `《禁止化学武器`) or ends
    /// with `第`: a citation goes on in the next line, so no paragraph ends here.
    func leavesCitationOpen(_ line: SourceLine) -> Bool {
        var depth = 0
        var i = Int(line.start)
        let e = Int(line.end)
        var last: UInt32 = 0
        while i < e {
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            switch v {
            case 0xFF08, 0x28, 0x300A: depth += 1
            case 0xFF09, 0x29, 0x300B: depth = max(0, depth - 1)
            default: break
            }
            last = v
            i += length
        }
        return depth > 0 || last == 0x7B2C
    }

    /// How many punctuation marks a typesetter may set at half width the line holds.
    func compressiblePunctuation(_ line: SourceLine) -> Int {
        var count = 0
        var i = Int(line.start)
        let e = Int(line.end)
        while i < e {
            if bytes[i] >= 0xE0 {
                let (v, length) = UTF8Scalars.decode(bytes, at: i)
                if UTF8Scalars.isCompressiblePunctuation(v) { count += 1 }
                i += length
            } else {
                i += 1
            }
        }
        return count
    }

    /// True when the line's last character is a closing parenthesis.
    func endsWithParenthesis(_ line: SourceLine) -> Bool {
        let v = lastScalar(line)
        return v == 0xFF09 || v == 0x29
    }

    /// True when the line ends with sentence-final punctuation (possibly inside closing quotes)
    /// or a closing parenthesis: the places where a paragraph can end.
    func endsSentence(_ line: SourceLine) -> Bool {
        let s = Int(line.start)
        var e = Int(line.end)
        var closers = 0
        // Byte tests on the last scalar (the text is valid UTF-8, so E2, E3 and EF are lead bytes).
        while e > s {
            let c = bytes[e - 1]
            if c < 0x80 {
                // . ? ! : ; )
                return c == 0x2E || c == 0x3F || c == 0x21 || c == 0x3A || c == 0x3B || c == 0x29
            }
            guard e - s >= 3 else { return false }
            let a = bytes[e - 3]
            let b = bytes[e - 2]
            if a == 0xE3 && b == 0x80 {
                if c == 0x82 || c == 0x91 { return true }  // 。】
                guard c == 0x8D || c == 0x8F || c == 0x8B else { return false }  // 」』》
            } else if a == 0xEF && b == 0xBC {
                return c == 0x81 || c == 0x9F || c == 0x9A || c == 0x9B || c == 0x89  // ！？：；）
            } else if a == 0xE2 && b == 0x80 {
                if c == 0xA6 { return true }  // …
                guard c == 0x9D || c == 0x99 else { return false }  // ”’
            } else {
                return false
            }
            closers += 1
            if closers > 2 { return false }
            e -= 3
        }
        return false
    }

    /// A line as wide as an indented first line (full width less the indent), allowing for
    /// punctuation the typesetter set at half width.
    func looksLikeFirstLine(_ line: SourceLine) -> Bool {
        let width = Int(line.width)
        guard width >= fullWidth - 6 else { return false }
        if width <= fullWidth - 3 { return true }
        return width - compressiblePunctuation(line) <= fullWidth - 3
    }

    /// Width of what the typesetter could not move to the previous line: a Latin word, or an
    /// ideograph with the punctuation that must stay with it (an opening bracket and what it
    /// opens, closing punctuation after it).
    func firstWordWidth(_ line: SourceLine) -> Int {
        var i = Int(line.start)
        let e = Int(line.end)
        var width = 0
        // Opening brackets cannot end a line: they travel with the word after them.
        while i < e {
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            guard UTF8Scalars.isOpeningPunctuation(v) else { break }
            width += LineScanner.measure(bytes, i, i + length)
            i += length
        }
        guard i < e else { return width }
        if ParagraphText.isLatin(bytes[i]) {
            while i < e, ParagraphText.isLatin(bytes[i]) { width += 1; i += 1 }
            return width + 1
        }
        var first = true
        while i < e {
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            if !first && !UTF8Scalars.isClosingPunctuation(v) { break }
            width += LineScanner.measure(bytes, i, i + length)
            first = false
            i += length
        }
        return width
    }

    // MARK: - Lines of spaced words

    /// Width of the first word of `line`.
    func wordWidth(_ line: SourceLine) -> Int {
        var i = Int(line.start)
        let e = Int(line.end)
        while i < e, bytes[i] != 0x20 { i += 1 }
        return LineScanner.measure(bytes, Int(line.start), i)
    }

    /// True when the line ends a sentence: `.`, `?`, `!`, `:`, `;` or `…`, possibly inside
    /// closing quotes and brackets.
    func endsSentenceWords(_ line: SourceLine) -> Bool {
        let s = Int(line.start)
        var e = Int(line.end)
        var closers = 0
        while e > s, closers <= 3 {
            let c = bytes[e - 1]
            if c < 0x80 {
                if c == 0x2E || c == 0x3F || c == 0x21 || c == 0x3A || c == 0x3B { return true }
                guard c == 0x29 || c == 0x22 || c == 0x27 || c == 0x5D else { return false }
                e -= 1
            } else if e - s >= 3, bytes[e - 3] == 0xE2, bytes[e - 2] == 0x80 {
                if c == 0xA6 { return true }  // …
                guard c == 0x9D || c == 0x99 else { return false }  // ” ’
                e -= 3
            } else if e - s >= 2, bytes[e - 2] == 0xC2, c == 0xBB {  // »
                e -= 2
            } else {
                return false
            }
            closers += 1
        }
        return false
    }
}
