import CICU

/// Wraps text to a display width: UAX #14 break opportunities (ICU), Chinese punctuation rules,
/// and caller-supplied glue ranges that must not be broken.
///
/// When the rules collide (narrow widths), a line ends at the furthest break that fits, chosen
/// from the first non-empty of these sets: (A) ICU opportunities that keep the punctuation rules
/// and the glue; (B) ICU opportunities that keep the punctuation rules; (C) any grapheme boundary
/// that keeps the punctuation rules; (D) any grapheme boundary. So the width is never exceeded,
/// a grapheme cluster is never split, the punctuation rules give way only to these two, and glue
/// gives way first. A cluster wider than the whole width gets a line of its own that draws nothing
/// (`WrappedLine.isClipped`). Empty text gives one empty line. See docs/text-layer.md.
///
/// An instance reuses its ICU iterator and scratch buffers: use one per thread.
public final class LineWrapper {
    /// The width table in use.
    public let displayWidth: DisplayWidth

    /// ICU's line-break iterator; nil when ICU could not make one (a simpler rule is used then).
    private let breaker: OpaquePointer?

    /// Scratch buffers, reused between calls.
    private var scratch = Work()

    /// The ICU locale the break opportunities follow.
    public let locale: String

    /// A wrapper for text in `locale` (a language profile's `lineBreakLocale`; the default,
    /// ICU's root locale, applies no language's tailoring). The Chinese punctuation rules and
    /// the glue apply in every locale.
    public init(displayWidth: DisplayWidth = .standard, locale: String = "") {
        self.displayWidth = displayWidth
        self.locale = locale
        breaker = vb_linebreaker_create(locale)
    }

    /// A wrapper that breaks lines the way the records of `profile`'s language are read.
    public convenience init(profile: LanguageProfile, displayWidth: DisplayWidth = .standard) {
        self.init(displayWidth: displayWidth, locale: profile.lineBreakLocale)
    }

    /// A wrapper that does without ICU (the rule used when ICU cannot make an iterator).
    init(displayWidth: DisplayWidth, withoutICU: Void) {
        self.displayWidth = displayWidth
        locale = ""
        breaker = nil
    }

    deinit {
        vb_linebreaker_destroy(breaker)
    }

    /// Wraps `text` to lines of at most `width` columns. `glue` holds scalar-offset ranges that
    /// must stay on one line unless a glued run is wider than the line; with `glueGivesWay`, also
    /// unless keeping a run whole would leave more than a third of the line empty (then the line
    /// breaks inside it, at a point the language and punctuation rules allow). Widths below 1
    /// count as 1.
    public func wrap(_ text: String, width: Int, glue: [Range<Int>] = [], glueGivesWay: Bool = false) -> [WrappedLine] {
        guard !text.isEmpty else {
            return [WrappedLine(start: 0, end: 0, drawnEnd: 0, width: 0, text: text[...])]
        }
        let limit = max(width, 1)
        // Work on a local copy so that the arrays are not class storage (no exclusivity checks),
        // then keep their capacity for the next call.
        var work = scratch
        scratch = Work()
        defer { scratch = work }
        work.segment(text, displayWidth: displayWidth)
        work.findOpportunities(breaker: breaker)
        work.applyPunctuationRules()
        work.applyGlue(glue)
        return work.fill(text, limit: limit, glueGivesWay: glueGivesWay)
    }

    /// True for scalars whose Grapheme_Cluster_Break is Other, so that two of them in a row
    /// are always two clusters: printable ASCII, Latin-1 and Latin Extended letters, general
    /// punctuation U+2010–U+2027, CJK punctuation (not the combining tone marks), CJK
    /// ideographs, full-width ASCII forms.
    @inline(__always)
    static func neverJoins(_ value: UInt32) -> Bool {
        if value < 0x7F { return value >= 0x20 }
        if value >= 0x4E00 { return value <= 0x9FFF || (0xFF01...0xFF5E).contains(value) }
        if value >= 0x3000 {
            return value <= 0x3029 || (0x3030...0x303F).contains(value) || (0x3400...0x4DBF).contains(value)
        }
        return (0xA0...0x2FF).contains(value) && value != 0xAD || (0x2010...0x2027).contains(value)
    }

    /// The per-call state of a wrap: clusters of the text and what may break between them.
    private struct Work {
        // Cluster arrays have one entry per grapheme cluster
        // plus a sentinel for the end of the text.
        var units: [UInt16] = []
        var icuOffsets: [Int32] = []
        var icuHard: [UInt8] = []
        var clusterScalarStart: [Int] = []
        var clusterUnitStart: [Int] = []
        /// UTF-8 offset of each cluster's start in the text.
        var clusterByte: [Int] = []
        var clusterWidth: [Int] = []
        var clusterFirst: [UInt32] = []
        var clusterKind: [ClusterKind] = []
        /// `BreakFlags` for a break before cluster k (index 0...count).
        var boundary: [UInt8] = []

        enum ClusterKind: UInt8 {
            case drawn, space, newline
        }

        enum BreakFlags {
            static let opportunity: UInt8 = 1
            static let mandatory: UInt8 = 2
            static let punctuationAllows: UInt8 = 4
            static let glueAllows: UInt8 = 8
        }

        /// The furthest fitting line end found so far at one priority level.
        struct Candidate {
            var end = -1
            var drawnEnd = 0
            var width = 0
        }

        // MARK: - Steps

        /// Splits `text` into grapheme clusters, measuring each, and encodes it as UTF-16 for ICU.
        /// Reads the UTF-8 bytes directly; grapheme rules are consulted only next to scalars that
        /// may join a neighbour (see `neverJoins`).
        mutating func segment(_ text: String, displayWidth: DisplayWidth) {
            let byteCount = text.utf8.count
            // At most one UTF-16 unit and one cluster per byte, plus the end sentinel.
            Self.resize(&units, to: byteCount)
            Self.resize(&clusterScalarStart, to: byteCount + 1)
            Self.resize(&clusterUnitStart, to: byteCount + 1)
            Self.resize(&clusterByte, to: byteCount + 1)
            Self.resize(&clusterWidth, to: byteCount)
            Self.resize(&clusterFirst, to: byteCount)
            Self.resize(&clusterKind, to: byteCount)
            var contiguous = text
            var clusterCount = 0
            var unitCount = 0
            contiguous.withUTF8 { bytes in
                units.withUnsafeMutableBufferPointer { units in
                clusterScalarStart.withUnsafeMutableBufferPointer { scalarStart in
                clusterUnitStart.withUnsafeMutableBufferPointer { unitStart in
                clusterByte.withUnsafeMutableBufferPointer { byteStart in
                clusterWidth.withUnsafeMutableBufferPointer { widths in
                clusterFirst.withUnsafeMutableBufferPointer { firsts in
                clusterKind.withUnsafeMutableBufferPointer { kinds in
                    let table = ScalarWidthTable.shared
                    var offset = 0
                    var scalarOffset = 0
                    var k = 0
                    var u = 0
                    var (first, firstLength) = byteCount > 0 ? Self.decode(bytes, at: 0) : (0, 0)
                    while offset < byteCount {
                        var end = offset + firstLength
                        var following: (UInt32, Int) = (0, 0)
                        if end < byteCount { following = Self.decode(bytes, at: end) }
                        // Most scalars of a record (ASCII, CJK, full-width forms) never join a
                        // neighbour into a cluster; only around the others are the full grapheme
                        // rules needed.
                        let single = LineWrapper.neverJoins(first)
                            && (end == byteCount || LineWrapper.neverJoins(following.0))
                        if !single {
                            let next = text.index(after: Self.index(text, offset))
                            end = text.utf8.distance(from: text.utf8.startIndex, to: next)
                            following = end < byteCount ? Self.decode(bytes, at: end) : (0, 0)
                        }
                        scalarStart[k] = scalarOffset
                        unitStart[k] = u
                        byteStart[k] = offset
                        var position = offset
                        var value = first
                        var length = firstLength
                        var count = 0
                        var sum = 0
                        var sensitive = false
                        while true {
                            let entry = table.entry(value)
                            if entry & ScalarWidthTable.clusterSensitive != 0 { sensitive = true }
                            sum += displayWidth.columns(entry: entry)
                            if value < 0x10000 {
                                units[u] = UInt16(truncatingIfNeeded: value)
                                u += 1
                            } else {
                                let shifted = value - 0x10000
                                units[u] = UInt16(truncatingIfNeeded: 0xD800 + (shifted >> 10))
                                units[u + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (shifted & 0x3FF))
                                u += 2
                            }
                            count += 1
                            position += length
                            if position >= end { break }
                            (value, length) = Self.decode(bytes, at: position)
                        }
                        if sensitive {
                            let scalars = text.unicodeScalars[Self.index(text, offset)..<Self.index(text, end)]
                            sum = displayWidth.clusterWidth(scalars)
                        }
                        widths[k] = sum
                        firsts[k] = first
                        kinds[k] = Self.kind(first: first, scalarCount: count)
                        scalarOffset += count
                        k += 1
                        offset = end
                        (first, firstLength) = following
                    }
                    scalarStart[k] = scalarOffset
                    unitStart[k] = u
                    byteStart[k] = byteCount
                    clusterCount = k
                    unitCount = u
                }}}}}}}
            }
            units.removeLast(units.count - unitCount)
            clusterScalarStart.removeLast(clusterScalarStart.count - clusterCount - 1)
            clusterUnitStart.removeLast(clusterUnitStart.count - clusterCount - 1)
            clusterByte.removeLast(clusterByte.count - clusterCount - 1)
            clusterWidth.removeLast(clusterWidth.count - clusterCount)
            clusterFirst.removeLast(clusterFirst.count - clusterCount)
            clusterKind.removeLast(clusterKind.count - clusterCount)
        }

        /// Gives `array` exactly `count` elements, keeping its storage; new elements are zero.
        static func resize<T: FixedWidthInteger>(_ array: inout [T], to count: Int) {
            if array.count < count {
                array.append(contentsOf: repeatElement(0, count: count - array.count))
            } else {
                array.removeLast(array.count - count)
            }
        }

        static func resize(_ array: inout [ClusterKind], to count: Int) {
            if array.count < count {
                array.append(contentsOf: repeatElement(.drawn, count: count - array.count))
            } else {
                array.removeLast(array.count - count)
            }
        }

        /// The scalar starting at byte `offset` of valid UTF-8, and its length in bytes.
        @inline(__always)
        static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
            let lead = UInt32(bytes[offset])
            if lead < 0x80 { return (lead, 1) }
            let second = UInt32(bytes[offset + 1]) & 0x3F
            if lead < 0xE0 { return ((lead & 0x1F) << 6 | second, 2) }
            let third = UInt32(bytes[offset + 2]) & 0x3F
            if lead < 0xF0 { return ((lead & 0x0F) << 12 | second << 6 | third, 3) }
            let fourth = UInt32(bytes[offset + 3]) & 0x3F
            return ((lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
        }

        /// The index of UTF-8 offset `offset` in `text` (constant time for native strings).
        @inline(__always)
        static func index(_ text: String, _ offset: Int) -> String.Index {
            text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        }

        static func kind(first: UInt32, scalarCount: Int) -> ClusterKind {
            switch first {
            case 0x20 where scalarCount == 1:
                return .space
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                return .newline
            default:
                return .drawn
            }
        }

        /// Marks ICU's break opportunities (UTF-16 offsets) on cluster boundaries.
        mutating func findOpportunities(breaker: OpaquePointer?) {
            let count = clusterKind.count
            boundary = [UInt8](repeating: 0, count: count + 1)
            let capacity = units.count + 1
            if icuOffsets.count < capacity {
                icuOffsets = [Int32](repeating: 0, count: capacity)
                icuHard = [UInt8](repeating: 0, count: capacity)
            }
            var found: Int32 = -1
            // ICU counts in Int32: a longer text (over 2 GB) takes the simpler rule.
            if let breaker, capacity < Int(Int32.max) {
                found = units.withUnsafeBufferPointer { text in
                    icuOffsets.withUnsafeMutableBufferPointer { offsets in
                        icuHard.withUnsafeMutableBufferPointer { hard in
                            vb_linebreaker_breaks_with_kind(breaker, text.baseAddress, Int32(text.count),
                                                            offsets.baseAddress, hard.baseAddress, Int32(capacity))
                        }
                    }
                }
            }
            guard found >= 0 && Int(found) <= capacity else {
                findOpportunitiesWithoutICU()
                return
            }
            var cluster = 1
            for i in 0..<Int(found) {
                let offset = Int(icuOffsets[i])
                while cluster < count && clusterUnitStart[cluster] < offset { cluster += 1 }
                // An opportunity inside a cluster is not one: clusters are never split.
                guard clusterUnitStart[cluster] == offset else { continue }
                boundary[cluster] |= BreakFlags.opportunity
                if icuHard[i] != 0 { boundary[cluster] |= BreakFlags.mandatory }
            }
            addQuotationOpportunities()
            // A line feed always ends its line, whatever ICU said.
            for k in 0..<count where clusterKind[k] == .newline {
                boundary[k + 1] |= BreakFlags.opportunity | BreakFlags.mandatory
            }
        }

        /// ICU 72 follows UAX #14 before Unicode 15.1, which never breaks on either side of a
        /// quotation mark. Between East Asian (wide) characters Chinese text breaks before an
        /// opening quotation mark and after a closing one, as Unicode 15.1's rule LB19a allows.
        mutating func addQuotationOpportunities() {
            let count = clusterKind.count
            guard count >= 3 else { return }
            for k in 1..<count - 1 {
                switch clusterFirst[k] {
                case 0x201C, 0x2018:  // “ ‘ : a break before it
                    if clusterWidth[k - 1] == 2 && clusterWidth[k + 1] == 2 { boundary[k] |= BreakFlags.opportunity }
                case 0x201D, 0x2019:  // ” ’ : a break after it
                    if clusterWidth[k - 1] == 2 && clusterWidth[k + 1] == 2 { boundary[k + 1] |= BreakFlags.opportunity }
                default:
                    break
                }
            }
        }

        /// A simple rule for when ICU is unavailable: break after spaces and line feeds, and on either
        /// side of a wide cluster.
        mutating func findOpportunitiesWithoutICU() {
            let count = clusterKind.count
            for k in 1..<max(count, 1) {
                let before = k - 1
                if clusterKind[before] != .drawn || clusterWidth[before] >= 2
                    || (clusterWidth[k] >= 2 && clusterKind[k] == .drawn) {
                    boundary[k] |= BreakFlags.opportunity
                }
            }
            if count > 0 { boundary[count] |= BreakFlags.opportunity }
            for k in 0..<count where clusterKind[k] == .newline {
                boundary[k + 1] |= BreakFlags.opportunity | BreakFlags.mandatory
            }
        }

        /// Marks the boundaries the punctuation rules allow: no closing or middle punctuation at a
        /// line's start, no opening punctuation at its (drawn) end, no split doubled dash or ellipsis.
        mutating func applyPunctuationRules() {
            let count = clusterKind.count
            var lastDrawnFirst: UInt32 = 0
            for k in 1...count {
                let before = k - 1
                if clusterKind[before] == .drawn { lastDrawnFirst = clusterFirst[before] }
                if k == count {
                    boundary[k] |= BreakFlags.punctuationAllows
                    break
                }
                let next = clusterFirst[k]
                if BreakPunctuation.mayNotStartLine(next) { continue }
                if BreakPunctuation.mayNotEndLine(lastDrawnFirst) { continue }
                if next == clusterFirst[before] && BreakPunctuation.isDoubledMark(next) { continue }
                boundary[k] |= BreakFlags.punctuationAllows
            }
        }

        /// Marks the boundaries outside every glue range.
        mutating func applyGlue(_ glue: [Range<Int>]) {
            let count = clusterKind.count
            for k in 0...count { boundary[k] |= BreakFlags.glueAllows }
            for range in glue where range.count > 1 {
                // First cluster starting strictly after the range's start.
                var low = 0
                var high = count
                while low < high {
                    let middle = (low + high) / 2
                    if clusterScalarStart[middle] <= range.lowerBound { low = middle + 1 } else { high = middle }
                }
                var k = low
                while k < count && clusterScalarStart[k] < range.upperBound {
                    boundary[k] &= ~BreakFlags.glueAllows
                    k += 1
                }
            }
        }

        /// Greedy fill: each line ends at the furthest fitting break of the best available level.
        func fill(_ text: String, limit: Int, glueGivesWay: Bool) -> [WrappedLine] {
            let count = clusterKind.count
            var lines: [WrappedLine] = []
            var start = 0
            while start < count {
                var both = Candidate()     // ICU, punctuation and glue
                var unglued = Candidate()  // ICU and punctuation
                var anyPunct = Candidate() // punctuation
                var any = Candidate()      // any cluster boundary
                var total = 0
                var drawn = 0
                var drawnEnd = start
                var k = start
                scan: while k < count {
                    switch clusterKind[k] {
                    case .drawn:
                        let next = total + clusterWidth[k]
                        if next > limit { break scan }
                        total = next
                        drawn = next
                        drawnEnd = k + 1
                    case .space:
                        // Counted only if something drawn follows on the line.
                        total += clusterWidth[k]
                    case .newline:
                        break
                    }
                    k += 1
                    let flags = boundary[k]
                    let here = Candidate(end: k, drawnEnd: drawnEnd, width: drawn)
                    if k == count || flags & BreakFlags.mandatory != 0 {
                        both = here
                        break scan
                    }
                    any = here
                    if flags & BreakFlags.punctuationAllows != 0 {
                        anyPunct = here
                        if flags & BreakFlags.opportunity != 0 {
                            unglued = here
                            if flags & BreakFlags.glueAllows != 0 { both = here }
                        }
                    }
                }
                // Glue gives way when keeping a unit whole would leave more than a third of the
                // line empty (`第2231（2015）号决议` pushed whole to the next line): the line then
                // breaks inside it, at a point the language and punctuation rules allow.
                let glueLeavesAHole = glueGivesWay && both.end >= 0 && unglued.end > both.end && (limit - both.width) * 3 > limit
                let chosen = both.end >= 0 && !glueLeavesAHole ? both : unglued.end >= 0 ? unglued : anyPunct.end >= 0 ? anyPunct : any
                if chosen.end < 0 {
                    // The first cluster alone is wider than the line: it gets a line that draws nothing.
                    let index = Self.index(text, clusterByte[start])
                    lines.append(WrappedLine(start: clusterScalarStart[start], end: clusterScalarStart[start + 1],
                                             drawnEnd: clusterScalarStart[start], width: 0,
                                             text: text[index..<index], isClipped: true))
                    start += 1
                    continue
                }
                lines.append(WrappedLine(start: clusterScalarStart[start], end: clusterScalarStart[chosen.end],
                                         drawnEnd: clusterScalarStart[chosen.drawnEnd], width: chosen.width,
                                         text: text[Self.index(text, clusterByte[start])..<Self.index(text, clusterByte[chosen.drawnEnd])]))
                start = chosen.end
            }
            return lines
        }
    }
}
