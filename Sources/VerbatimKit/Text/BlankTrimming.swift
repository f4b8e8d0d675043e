extension Unicode.Scalar {
    /// A tab, a space separator (Unicode Zs: the space, no-break space, ideographic space, …) or
    /// the zero width space (U+200B, Zs in early Unicode): exactly the scalars of Foundation's
    /// `CharacterSet.whitespaces`.
    public var isBlank: Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return value == 0x200B || properties.generalCategory == .spaceSeparator
    }

    /// A punctuation scalar (Unicode P*): the scalars of Foundation's
    /// `CharacterSet.punctuationCharacters` (and the few punctuation marks of Unicode versions
    /// newer than Foundation's table, in Balinese and newer scripts).
    public var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The text without the scalars at either end for which `drop` is true, as Foundation's
    /// `trimmingCharacters(in:)` trims (scalar by scalar).
    public func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }),
              let last = scalars.lastIndex(where: { !drop($0) })
        else { return "" }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }

    /// The text without blanks (`Unicode.Scalar.isBlank`: tabs and space separators) at either end.
    public func trimmingBlanks() -> String {
        trimmingScalars(where: \.isBlank)
    }
}
