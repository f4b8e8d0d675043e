import CFriBidi

/// Shaping for terminals that draw one code point per cell and do not join letters: Arabic
/// letters become the presentation form of their position in the word (isolated, initial,
/// medial, final: FriBidi's joining), lam + alef become their mandatory ligature (U+FEF5–U+FEFC),
/// and brackets in right-to-left runs become their mirror image (`(` → `)`), so that text in
/// display order reads right on any terminal.
///
/// Shaping keeps one code point per logical position: a ligature takes the alef's position and
/// the lam's becomes `ArabicShaping.filler` (U+FEFF), which the display drops.
enum ArabicShaping {
    /// What a ligature leaves at the position of its first letter.
    static let filler: UInt32 = 0xFEFF

    /// Shapes `scalars` (a whole paragraph, logical order) in place, given their bidi types and
    /// resolved embedding levels.
    static func shape(_ scalars: inout [UInt32], types: [FriBidiCharType], levels: [FriBidiLevel]) {
        let count = scalars.count
        guard count > 0 else { return }
        var properties = [FriBidiArabicProp](repeating: 0, count: count)
        scalars.withUnsafeBufferPointer { text in
            fribidi_get_joining_types(text.baseAddress, FriBidiStrIndex(count), &properties)
        }
        types.withUnsafeBufferPointer { types in
            levels.withUnsafeBufferPointer { levels in
                fribidi_join_arabic(types.baseAddress, FriBidiStrIndex(count), levels.baseAddress, &properties)
                fribidi_shape(vb_fribidi_shape_flags(), levels.baseAddress, FriBidiStrIndex(count), &properties, &scalars)
            }
        }
    }
}
