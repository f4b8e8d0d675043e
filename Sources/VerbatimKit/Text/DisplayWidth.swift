/// How characters of East Asian Width "A" (ambiguous: `•`, `·`, `“`, `—`, `…`) are counted.
public enum AmbiguousWidth: String, Sendable, CaseIterable {
    /// One column, as glibc's `wcwidth` (the default).
    case narrow
    /// Two columns, for terminals set to draw them wide.
    case wide
}

/// Display width of text on a terminal, in columns.
///
/// A scalar's width is glibc's `wcwidth` under a UTF-8 locale (a precomputed table, independent of
/// the process's locale), except for scalars that are never sent to the terminal as they are:
/// C0 controls and DEL are shown in caret form (`^[`, `^?`, 2 columns); C1 controls, bidi
/// embeddings/overrides/isolates (U+202A–U+202E, U+2066–U+2069) and scalars `wcwidth` rejects
/// (unassigned, noncharacters) are shown as U+FFFD. A grapheme cluster's width is the sum of its
/// scalars' widths, except that a scalar after a zero-width joiner and an emoji modifier add 0, an
/// emoji base followed by U+FE0F is 2, and a regional-indicator pair is 2. See docs/text-layer.md.
public struct DisplayWidth: Sendable, Equatable {
    /// Ambiguous-width characters are narrow, as `wcwidth` under a UTF-8 locale.
    public static let standard = DisplayWidth(ambiguous: .narrow)

    /// How ambiguous-width characters count.
    public let ambiguous: AmbiguousWidth

    /// Columns per `ScalarWidthClass`, four bits each, indexed by the class's raw value.
    private let columnsByClass: UInt32

    public init(ambiguous: AmbiguousWidth = .narrow) {
        self.ambiguous = ambiguous
        let wideAmbiguous: UInt32 = ambiguous == .wide ? 2 : 1
        // zero 0, narrow 1, wide 2, ambiguous, caret 2, replaced (U+FFFD is ambiguous).
        columnsByClass = 0 | 1 << 4 | 2 << 8 | wideAmbiguous << 12 | 2 << 16 | wideAmbiguous << 20
    }

    /// Columns for a table entry.
    @inline(__always)
    func columns(entry: UInt8) -> Int {
        Int((columnsByClass >> (UInt32(entry & ScalarWidthTable.classMask) << 2)) & 0xF)
    }

    /// Width of one scalar as drawn (a control's stand-in counts as drawn).
    public func of(_ scalar: Unicode.Scalar) -> Int {
        columns(entry: ScalarWidthTable.shared.entry(scalar.value))
    }

    /// Width of one grapheme cluster.
    public func of(_ character: Character) -> Int {
        clusterWidth(character.unicodeScalars)
    }

    /// Width of a string: the sum over its grapheme clusters. (`String`'s own overload is
    /// what callers in other modules reach: a generic call across modules is not specialized,
    /// and walks the scalars through protocol witnesses.)
    public func of(_ text: String) -> Int {
        sum(text)
    }

    /// Width of a substring or other string: the sum over its grapheme clusters.
    public func of<S: StringProtocol>(_ text: S) -> Int {
        sum(text)
    }

    private func sum<S: StringProtocol>(_ text: S) -> Int {
        // Fast path: sum scalar widths; only clusters with joiners, emoji modifiers, U+FE0F or
        // regional indicators need grapheme segmentation.
        let table = ScalarWidthTable.shared
        var total = 0
        for scalar in text.unicodeScalars {
            let entry = table.entry(scalar.value)
            if entry & ScalarWidthTable.clusterSensitive != 0 {
                return clusterSum(text)
            }
            total += columns(entry: entry)
        }
        return total
    }

    /// Width of text given as UTF-8 bytes (invalid sequences count as U+FFFD each).
    public func of(utf8 bytes: some Collection<UInt8>) -> Int {
        var ascii = true
        for byte in bytes where byte < 0x20 || byte >= 0x7F {
            ascii = false
            break
        }
        if ascii { return bytes.count }
        return of(String(decoding: bytes, as: UTF8.self))
    }

    private func clusterSum<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Width of a grapheme cluster given as its scalars.
    func clusterWidth<C: Collection<Unicode.Scalar>>(_ scalars: C) -> Int {
        let table = ScalarWidthTable.shared
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        let firstEntry = table.entry(first.value)
        var total = columns(entry: firstEntry)
        guard var scalar = iterator.next() else { return total }
        var afterJoiner = false
        while true {
            let entry = table.entry(scalar.value)
            let value = scalar.value
            if afterJoiner {
                // The joined scalar shares the cell(s) of the sequence: adds nothing.
                afterJoiner = false
            } else if value == 0x200D {
                afterJoiner = true
            } else if value == 0xFE0F {
                if first.properties.isEmoji { total = max(total, 2) }
            } else if (0x1F3FB...0x1F3FF).contains(value) {
                // Emoji modifier: drawn in the base's cells.
            } else if (0x1F1E6...0x1F1FF).contains(value) {
                // Second regional indicator of a flag.
                total = 2
            } else {
                total += columns(entry: entry)
            }
            guard let next = iterator.next() else { break }
            scalar = next
        }
        return total
    }

    /// What to draw for `character` when it must not be sent to the terminal as it is
    /// (controls, bidi controls): a visible stand-in such as `^[`; `nil` when it is drawn as itself.
    public func standIn(for character: Character) -> String? {
        guard Self.needsStandIn(character.unicodeScalars) else { return nil }
        var shown = ""
        for scalar in character.unicodeScalars {
            shown += Self.standIn(for: scalar) ?? String(scalar)
        }
        return shown
    }

    /// True when any of `scalars` is shown by a stand-in (a caret form or U+FFFD).
    private static func needsStandIn<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        let table = ScalarWidthTable.shared
        return scalars.contains { scalar in
            let kind = table.entry(scalar.value) & ScalarWidthTable.classMask
            return kind == ScalarWidthClass.caret.rawValue || kind == ScalarWidthClass.replaced.rawValue
        }
    }

    /// The stand-in for one scalar, or `nil` when it is drawn as itself.
    public static func standIn(for scalar: Unicode.Scalar) -> String? {
        switch ScalarWidthTable.shared.widthClass(scalar) {
        case .caret:
            if scalar.value == 0x7F { return "^?" }
            return "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        case .replaced:
            return "\u{FFFD}"
        default:
            return nil
        }
    }

    /// `text` with every character that must not reach the terminal raw replaced by its stand-in.
    /// Its width is `of(text)`.
    public func visible<S: StringProtocol>(_ text: S) -> String {
        guard Self.needsStandIn(text.unicodeScalars) else { return String(text) }
        var shown = ""
        for scalar in text.unicodeScalars {
            if let standIn = Self.standIn(for: scalar) {
                shown += standIn
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// True when the cluster's width differs from the sum of `wcwidth` over its scalars, so a
    /// terminal layer must place the next cell explicitly (emoji with skin-tone modifiers, flags,
    /// ZWJ sequences, emoji presentation selectors).
    public func needsExplicitPlacement(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.index(after: scalars.startIndex) != scalars.endIndex else { return false }
        var sum = 0
        for scalar in scalars { sum += of(scalar) }
        return sum != of(character)
    }
}
