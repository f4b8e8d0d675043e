
/// Whether two statements of different versions of one meeting can be the same speaker's, judged
/// from the speakers alone: the same role, and for an ordinary speaker the same country code (a
/// speaker with a code is not one without). Without codes on either side, versions in one
/// language compare the country as written (else the label); versions in different languages
/// cannot compare names, so the order of statements decides.
public enum SpeakerMatch {
    /// True when `a` and `b` can be the same speaker. `sameLanguage`: the two versions are in
    /// one language, so their countries and labels are written alike.
    public static func matches(_ a: Speaker, _ b: Speaker, sameLanguage: Bool) -> Bool {
        guard a.role == b.role else { return false }
        // The presiding officer and the Secretary-General are known by their role.
        guard a.role == .speaker else { return true }
        switch (a.countryCode, b.countryCode) {
        case let (first?, second?): return first == second
        case (nil, nil): break
        default: return false
        }
        guard sameLanguage else { return true }
        return folded(a.country ?? a.label) == folded(b.country ?? b.label)
    }

    /// Text compared without case, accents or width differences: each scalar lowercased, then
    /// its compatibility decomposition (full-width forms become plain letters, accented letters a
    /// letter and marks) without the combining marks; white space at either end dropped.
    static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                for part in ScalarDecomposition.compatibility(lower)
                where part.properties.generalCategory != .nonspacingMark && part.properties.generalCategory != .enclosingMark {
                    out.append(part)
                }
            }
        }
        while let first = out.first, first.properties.isWhitespace { out.removeFirst() }
        while let last = out.last, last.properties.isWhitespace { out.removeLast() }
        return String(out)
    }
}
