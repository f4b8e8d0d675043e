import CFriBidi

/// A paragraph prepared for display with the Unicode Bidirectional Algorithm (GNU FriBidi).
///
/// Text is wrapped in logical order (`LineWrapper`); then each wrapped line is put in display
/// order with `line(_:)`. The embedding levels are resolved once for the whole paragraph (so a
/// line's order depends on its paragraph, as the algorithm requires), and Arabic is shaped once
/// for the whole paragraph (`ArabicShaping`), so that a word keeps its joined forms whatever
/// line it lands on. A paragraph without right-to-left text in a left-to-right context is left
/// as it is (`needsReordering` is false), at the cost of one pass over its scalars.
public struct BidiParagraph: Sendable {
    /// The resolved paragraph direction: from the first strong character, else `preferred`.
    public let direction: TextDirection
    /// False when every line shows as written: no right-to-left text and a left-to-right paragraph.
    public let needsReordering: Bool
    /// The text as written (kept as is when it needs no reordering).
    private let text: String
    /// The scalars as written, and as shaped for display (one per logical position); empty
    /// when the paragraph needs no reordering.
    private let original: [UInt32]
    private let shaped: [UInt32]
    private let types: [FriBidiCharType]
    private let levels: [FriBidiLevel]
    private let base: FriBidiParType

    /// Analyses `text`. `preferred` is the direction of a paragraph without a strong character
    /// (digits or punctuation only): the record's language's.
    public init(_ text: some StringProtocol, preferred: TextDirection = .leftToRight) {
        self.text = String(text)
        guard preferred == .rightToLeft || text.unicodeScalars.contains(where: { BidiParagraph.mayBeRightToLeft($0.value) }) else {
            direction = .leftToRight
            needsReordering = false
            original = []
            shaped = []
            types = []
            levels = []
            base = vb_fribidi_par_ltr()
            return
        }
        let scalars = text.unicodeScalars.map(\.value)
        original = scalars
        let count = scalars.count
        var types = [FriBidiCharType](repeating: FriBidiCharType(0), count: count)
        var brackets = [FriBidiBracketType](repeating: 0, count: count)
        var levels = [FriBidiLevel](repeating: 0, count: count)
        var base = preferred == .rightToLeft ? vb_fribidi_par_weak_rtl() : vb_fribidi_par_weak_ltr()
        var resolved = true
        if count > 0 {
            scalars.withUnsafeBufferPointer { text in
                fribidi_get_bidi_types(text.baseAddress, FriBidiStrIndex(count), &types)
                vb_fribidi_neutralize_controls(&types, FriBidiStrIndex(count))
                fribidi_get_bracket_types(text.baseAddress, FriBidiStrIndex(count), types, &brackets)
            }
            resolved = fribidi_get_par_embedding_levels_ex(types, brackets, FriBidiStrIndex(count), &base, &levels) != 0
        }
        // FriBidi fails only when it cannot allocate; the text is then shown as written.
        guard resolved else {
            direction = .leftToRight
            needsReordering = false
            shaped = []
            self.types = []
            self.levels = []
            self.base = vb_fribidi_par_ltr()
            return
        }
        var shaped = scalars
        ArabicShaping.shape(&shaped, types: types, levels: levels)
        let rightToLeft = vb_fribidi_dir_is_rtl(base) != 0
        direction = rightToLeft ? .rightToLeft : .leftToRight
        needsReordering = rightToLeft || types.contains { vb_fribidi_type_is_rtl($0) != 0 }
        self.shaped = shaped
        self.types = types
        self.levels = levels
        self.base = base
    }

    /// The scalars `range` (Unicode-scalar offsets of the paragraph, as `WrappedLine` gives them)
    /// in display order: right-to-left runs reversed, Arabic shaped, brackets mirrored, combining
    /// marks after their base; each drawn character knows the logical offsets it shows.
    public func line(_ range: Range<Int>, displayWidth: DisplayWidth = .standard) -> VisualLine {
        guard needsReordering else {
            let scalars = text.unicodeScalars
            let total = scalars.count
            let lower = max(0, min(range.lowerBound, total))
            let upper = max(lower, min(range.upperBound, total))
            let start = scalars.index(scalars.startIndex, offsetBy: lower)
            let end = scalars.index(start, offsetBy: upper - lower)
            let shown = String(scalars[start..<end])
            return VisualLine(text: shown, order: Array(lower..<upper), fillers: [], direction: direction, displayWidth: displayWidth)
        }
        let lower = max(0, min(range.lowerBound, original.count))
        let upper = max(lower, min(range.upperBound, original.count))
        let count = upper - lower
        guard count > 0 else {
            return VisualLine(text: "", order: [], fillers: [], direction: direction, displayWidth: displayWidth)
        }
        var lineLevels = Array(levels[lower..<upper])
        var visual = Array(shaped[lower..<upper])
        var map = (lower..<upper).map { FriBidiStrIndex($0) }
        let lineTypes = Array(types[lower..<upper])
        let reordered = fribidi_reorder_line(
            vb_fribidi_reorder_flags(), lineTypes, FriBidiStrIndex(count), 0, base, &lineLevels, &visual, &map)
        if reordered == 0 {
            // Out of memory in FriBidi: the line as written, unshaped.
            visual = Array(original[lower..<upper])
            map = (lower..<upper).map { FriBidiStrIndex($0) }
        }
        // Ligature fillers are dropped; the offsets they stood for join the ligature.
        var scalars: [Unicode.Scalar] = []
        var order: [Int] = []
        var fillers: [Int] = []
        scalars.reserveCapacity(count)
        order.reserveCapacity(count)
        for (glyph, logical) in zip(visual, map) {
            let offset = Int(logical)
            if glyph == ArabicShaping.filler && original[offset] != ArabicShaping.filler {
                fillers.append(offset)
                continue
            }
            guard let scalar = Unicode.Scalar(glyph) else { continue }
            scalars.append(scalar)
            order.append(offset)
        }
        let text = String(String.UnicodeScalarView(scalars))
        return VisualLine(text: text, order: order, fillers: fillers, direction: direction, displayWidth: displayWidth)
    }

    /// `text` on one line in display order (for list rows and titles): unchanged unless it holds
    /// right-to-left text.
    public static func display(_ text: String, preferred: TextDirection = .leftToRight) -> String {
        let paragraph = BidiParagraph(text, preferred: preferred)
        guard paragraph.needsReordering else { return text }
        return paragraph.line(0..<paragraph.original.count).text
    }

    /// True for scalars of the right-to-left blocks (Hebrew, Arabic, Syriac, Thaana, N'Ko,
    /// Samaritan, Mandaic, their presentation forms, the historic RTL scripts of plane 1) and
    /// the right-to-left mark: a cheap test that lets left-to-right text skip the algorithm.
    /// Embedding, override and isolate controls do not count: they are shown as stand-ins and
    /// treated as neutrals.
    @inline(__always)
    static func mayBeRightToLeft(_ value: UInt32) -> Bool {
        if value < 0x0590 { return false }
        if value <= 0x08FF { return true }
        if value < 0x200F { return false }
        if value == 0x200F { return true }
        if value < 0xFB1D { return false }
        if value <= 0xFDFF { return true }
        if value >= 0xFE70 && value <= 0xFEFE { return true }
        return value >= 0x10800 && value <= 0x10FFF || value >= 0x1E800 && value <= 0x1EFFF
    }
}
