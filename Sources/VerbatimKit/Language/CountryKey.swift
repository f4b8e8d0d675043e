import CICU

/// The form in which `CountryTable` compares country names: case folded, accents, harakat and
/// tatweel removed, full-width and presentation forms made plain (ICU's NFKD), only letters
/// and digits kept (so spaces that PDF extraction puts inside names, line breaks, hyphens,
/// apostrophes and brackets of either width do not count), a leading article dropped (`the`,
/// `la`, `le`, `les`, `l'`, `el`, `los`, `las`), and Arabic lam-alef written alef-lam, the
/// order pdf.js gives it.
struct CountryKey {
    /// The key's letters.
    let scalars: [Unicode.Scalar]
    /// True when the name is written in Arabic letters.
    let isArabic: Bool

    /// The key as a string, the table's dictionary key.
    var text: String {
        // Encoded to UTF-8 in one buffer: appending scalars to a `String.UnicodeScalarView` one
        // by one cost a quarter of a first frame's instructions when the table was built.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let articles: Set<String> = ["the", "la", "le", "les", "l", "el", "los", "las"]

    /// The key of `name`, or `nil` when it holds no letter (or more than 400 bytes).
    init?(_ name: String) {
        var name = name
        var letters: [Unicode.Scalar] = []
        var firstWordEnd: Int? = nil
        var words = 0
        var arabic = false
        let folded: Bool = name.withUTF8 { utf8 in
            guard utf8.count <= 400, let base = utf8.baseAddress else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * utf8.count + 16) { out in
                let length = vb_fold_compatibility(base, Int32(utf8.count), out.baseAddress!, Int32(out.count))
                guard length >= 0 else { return false }
                letters.reserveCapacity(Int(length))
                var inWord = false
                var decoder = Unicode.UTF8()
                var bytes = UnsafeBufferPointer(rebasing: out[0..<Int(length)]).makeIterator()
                while case .scalarValue(let scalar) = decoder.decode(&bytes) {
                    // ASCII, most of every name: a letter or digit, or nothing to keep (no ASCII
                    // scalar is a mark or a format character), without the property lookups.
                    if scalar.value < 0x80 {
                        let v = scalar.value
                        if (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0x30...0x39).contains(v) {
                            if !inWord { words += 1; inWord = true }
                            letters.append(scalar)
                        } else if inWord {
                            inWord = false
                            if words == 1 { firstWordEnd = letters.count }
                        }
                        continue
                    }
                    // Letters of the other five languages' main blocks (CJK ideographs, Cyrillic
                    // А–я and ѐ–џ, the Arabic letters but tatweel), also without the lookups.
                    let v = scalar.value
                    let arabicLetter = (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v)
                    if arabicLetter || (0x4E00...0x9FFF).contains(v) || (0x0410...0x045F).contains(v) {
                        if !inWord { words += 1; inWord = true }
                        if arabicLetter { arabic = true }
                        letters.append(v == 0x0649 ? "\u{064A}" : scalar)  // alef maksura → yeh
                        continue
                    }
                    let properties = scalar.properties
                    switch properties.generalCategory {
                    case .nonspacingMark, .enclosingMark, .spacingMark, .format:
                        continue
                    default:
                        break
                    }
                    if scalar.value == 0x0640 { continue }  // tatweel
                    if properties.isAlphabetic || properties.numericType != nil {
                        if !inWord { words += 1; inWord = true }
                        if (0x0600...0x06FF).contains(scalar.value) { arabic = true }
                        letters.append(scalar.value == 0x0649 ? "\u{064A}" : scalar)  // alef maksura → yeh
                    } else if inWord {
                        inWord = false
                        if words == 1 { firstWordEnd = letters.count }
                    }
                }
                return true
            }
        }
        guard folded else { return nil }
        guard !letters.isEmpty else { return nil }
        if words > 1, let end = firstWordEnd, end <= 3 {
            var first = String.UnicodeScalarView()
            first.append(contentsOf: letters[..<end])
            if Self.articles.contains(String(first)) { letters.removeFirst(end) }
        }
        if arabic {
            // Lam followed by alef becomes alef followed by lam (hamza and madda are already
            // gone with the marks), as in pdf.js's text of the lam-alef ligature.
            var k = 0
            while k + 1 < letters.count {
                if letters[k] == "\u{0644}" && letters[k + 1] == "\u{0627}" {
                    letters.swapAt(k, k + 1)
                    k += 2
                } else {
                    k += 1
                }
            }
        }
        scalars = letters
        isArabic = arabic
    }
}
