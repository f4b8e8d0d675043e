import VerbatimKit

/// What search does not tell apart, scalar by scalar: white space (ignored), full-width and
/// half-width forms, the name dots `·` `•` `・`, case in Latin, Greek and Cyrillic, accents
/// on Latin letters (`ó` → `o`, `æ` → `ae`, combining accents dropped), `ё` and `е`, and in
/// Arabic the tatweel and harakat (dropped), the hamza and madda forms of alef (`أ` `إ` `آ`
/// `ٱ` → `ا`) and presentation forms and ligatures (→ the letters they show, `ﻻ` → `لا`).
/// The order of lam and alef, which pdf.js reverses in lam-alef ligatures, is handled by
/// `SearchText` over whole runs.
enum SearchFolding {
    /// A scalar folded: nothing, one scalar, or several.
    enum Result: Equatable {
        case ignored
        case one(UInt32)
        case many([UInt32])
    }

    static let alef: UInt32 = 0x0627
    static let lam: UInt32 = 0x0644

    /// How `value` is compared.
    static func fold(_ value: UInt32) -> Result {
        var v = value
        switch v {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200F, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return .ignored
        case 0xFF01...0xFF5E:
            v -= 0xFEE0
        case 0x00B7, 0x2022, 0x2027, 0x2219, 0x22C5, 0x30FB, 0xFF65, 0x16EB, 0x0387:
            return .one(0x00B7)
        default:
            break
        }
        if v < 0x80 { return .one(v >= 0x41 && v <= 0x5A ? v + 0x20 : v) }
        if v >= 0x2E80 && v < 0xFB00 { return .one(v) }  // CJK and the rest of the BMP's middle: as is
        switch v {
        case 0x00C0...0x024F, 0x1E00...0x1EFF:
            return latin(v)
        case 0x0300...0x036F:
            return .ignored  // combining accents (a decomposed `ó`)
        case 0x0370...0x03FF, 0x0400...0x04FF:
            return .one(cyrillicOrGreek(v))
        case 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8, 0x06EA...0x06ED:
            return .ignored  // tatweel, harakat and Quranic marks
        case 0x0622, 0x0623, 0x0625, 0x0671:
            return .one(alef)
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            return arabicPresentationForms[v] ?? .one(v)
        default:
            return .one(v)
        }
    }

    /// A Latin letter without its accents, in lower case.
    private static func latin(_ v: UInt32) -> Result {
        switch v {
        case 0xC6, 0xE6: return .many([0x61, 0x65])  // æ
        case 0x152, 0x153: return .many([0x6F, 0x65])  // œ
        case 0xDF: return .many([0x73, 0x73])  // ß
        default: break
        }
        let base = latinBases[Int(v < 0x1E00 ? v - 0xC0 : v - 0x1E00 + (0x250 - 0xC0))]
        return .one(base)
    }

    /// Lower case, and `ё` as `е`.
    private static func cyrillicOrGreek(_ v: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(v) else { return v }
        var lower = v
        if scalar.properties.isUppercase {
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            if mapped.count == 1, let first = mapped.first { lower = first.value }
        }
        return lower == 0x0451 ? 0x0435 : lower
    }

    /// For U+00C0–U+024F then U+1E00–U+1EFF: the letter in lower case without its accents
    /// (the first scalar of its canonical decomposition), and the strokes and slashes that have
    /// no decomposition (`ø` `đ` `ł` `ħ` `ŧ` `ı`) as their plain letter.
    private static let latinBases: [UInt32] = {
        let strokes: [UInt32: UInt32] = [0xF8: 0x6F, 0x111: 0x64, 0x142: 0x6C, 0x127: 0x68, 0x167: 0x74, 0x131: 0x69, 0x180: 0x62, 0x1E5: 0x67]
        return (Array(0xC0...0x24F) + Array(0x1E00...0x1EFF)).map { (value: UInt32) -> UInt32 in
            guard let scalar = Unicode.Scalar(value) else { return value }
            var lower = value
            if scalar.properties.isUppercase {
                let mapped = scalar.properties.lowercaseMapping.unicodeScalars
                if mapped.count == 1, let first = mapped.first { lower = first.value }
            }
            if let plain = strokes[lower] { return plain }
            guard let lowered = Unicode.Scalar(lower) else { return lower }
            return ScalarDecomposition.canonical(lowered).first?.value ?? lower
        }
    }()

    /// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) as the letters they show: their
    /// compatibility decomposition, each scalar folded again (so harakat go, alef forms become
    /// alef). Made once, on the first search that meets one.
    private static let arabicPresentationForms: [UInt32: Result] = {
        var table: [UInt32: Result] = [:]
        for value in Array(UInt32(0xFB50)...0xFDFF) + Array(UInt32(0xFE70)...0xFEFC) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let letters = ScalarDecomposition.compatibility(scalar)
            guard letters.count > 1 || letters.first?.value != value else { continue }
            var folded: [UInt32] = []
            for letter in letters {
                switch fold(letter.value) {
                case .ignored: break
                case .one(let v): folded.append(v)
                case .many(let list): folded.append(contentsOf: list)
                }
            }
            table[value] = folded.isEmpty ? .ignored : folded.count == 1 ? .one(folded[0]) : .many(folded)
        }
        return table
    }()
}
