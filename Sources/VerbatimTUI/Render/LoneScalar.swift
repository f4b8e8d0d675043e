/// Scalars that never join a neighbour into one grapheme cluster: letters, digits and
/// punctuation of the record languages' main blocks (Basic Latin and Latin-1 to the spacing
/// modifiers, Greek, Cyrillic, the Arabic letters and digits, general punctuation, CJK
/// punctuation, kana, the unified ideographs, Hangul syllables, full-width forms).
///
/// Between two such scalars Unicode's grapheme rules always break: none of them is a control,
/// an extending or spacing mark, a joiner, a prepended mark, a Hangul jamo or a regional
/// indicator. Drawing a run of them scalar by scalar therefore gives exactly the clusters that
/// iterating `Character`s gives, without making one `Character` per cell.
enum LoneScalar {
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF: return true
        case 0x370...0x3FF, 0x400...0x482, 0x48A...0x52F: return true
        case 0x621...0x64A, 0x660...0x66D, 0x671...0x6D5: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60: return true
        default: return false
        }
    }
}
