// PLACEHOLDER — replaced by the text layer (issue 2). Signatures are the contract.

/// How characters of East Asian Width "A" (ambiguous: `•`, `·`, `“`, `—`, `…`) are counted.
public enum AmbiguousWidth: String, Sendable, CaseIterable {
    /// One column, as glibc's `wcwidth` (the default).
    case narrow
    /// Two columns, for terminals set to draw them wide.
    case wide
}

/// Display width of text on a terminal, in columns.
public struct DisplayWidth: Sendable, Equatable {
    /// Ambiguous-width characters are narrow, as `wcwidth` under a UTF-8 locale.
    public static let standard = DisplayWidth(ambiguous: .narrow)

    /// How ambiguous-width characters count.
    public let ambiguous: AmbiguousWidth

    public init(ambiguous: AmbiguousWidth = .narrow) {
        self.ambiguous = ambiguous
    }

    /// Width of one scalar as drawn (a control's stand-in counts as drawn).
    public func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 2 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        if scalar.properties.generalCategory == .nonspacingMark { return 0 }
        return 1
    }

    /// Width of one grapheme cluster.
    public func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return of(first)
    }

    /// Width of a string: the sum over its grapheme clusters.
    public func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// What to draw for `character` when it must not be sent to the terminal as it is
    /// (controls, bidi controls): a visible stand-in such as `^[`; `nil` when it is drawn as itself.
    public func standIn(for character: Character) -> String? {
        guard let first = character.unicodeScalars.first else { return nil }
        let v = first.value
        if v < 0x20 { return "^" + String(UnicodeScalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        return nil
    }

    /// True when the cluster's width differs from the sum of `wcwidth` over its scalars, so a
    /// terminal layer must place the next cell explicitly.
    public func needsExplicitPlacement(_ character: Character) -> Bool {
        character.unicodeScalars.count > 1 && of(character) != 0
    }
}
