import CICURegex

/// A regular expression in ICU's syntax (look-behind, `\p{L}`, `\b`), run by the system ICU:
/// the engine behind Foundation's `NSRegularExpression`. The tests' reference for the clock-time
/// patterns that `ClockPattern` reads by hand. Offsets are UTF-16 code units, as ICU counts
/// them. Safe to share between threads.
final class ICURegex: @unchecked Sendable {
    private let regex: OpaquePointer
    /// The number of capture groups.
    let groups: Int

    /// One match: the whole match's range and each capture group's (`nil` for a group that
    /// took no part), in UTF-16 offsets.
    struct Match {
        let range: Range<Int>
        let groups: [Range<Int>?]
    }

    /// Compiles `pattern`; `nil` when it is not a valid ICU pattern.
    init?(_ pattern: String, caseInsensitive: Bool = false) {
        let units = Array(pattern.utf16)
        guard let made = vb_regex_create(units, Int32(units.count), caseInsensitive ? 1 : 0) else { return nil }
        let groups = vb_regex_group_count(made)
        guard groups >= 0 else {
            vb_regex_destroy(made)
            return nil
        }
        regex = made
        self.groups = Int(groups)
    }

    deinit { vb_regex_destroy(regex) }

    /// Every match in `units` (UTF-16), left to right, without overlaps; empty when ICU fails.
    func matches(in units: [UInt16]) -> [Match] {
        let stride = 2 * (groups + 1)
        var capacity = stride * 8
        while true {
            var offsets = [Int32](repeating: -1, count: capacity)
            let written = units.withUnsafeBufferPointer { text in
                vb_regex_matches(regex, text.baseAddress, Int32(text.count), &offsets, Int32(capacity))
            }
            if written == -2 {
                capacity *= 4
                continue
            }
            guard written >= 0 else { return [] }
            return Swift.stride(from: 0, to: Int(written), by: stride).map { k in
                let range = { (g: Int) -> Range<Int>? in
                    let start = Int(offsets[k + 2 * g]), end = Int(offsets[k + 2 * g + 1])
                    return start < 0 || end < start ? nil : start..<end
                }
                return Match(range: range(0) ?? 0..<0, groups: (1..<(groups + 1)).map(range))
            }
        }
    }
}
