import CICU

/// A line's scalars as the clock-time patterns read them, with the character classes of ICU's
/// regular expressions taken from the system ICU: `\d` (Nd), `\s` (White_Space), `\p{L}`, the
/// word characters and skipped marks of `\b`, and case-insensitive letters (ICU's simple case
/// folding). Positions are scalar offsets; a position past the end reads as no character.
struct ClockText {
    /// The scalar values, in order.
    let scalars: [UInt32]

    init(_ text: String) {
        scalars = text.unicodeScalars.map(\.value)
    }

    var count: Int { scalars.count }

    /// The ICU class bits (`VB_CLASS_…`) of the scalar at `i`; 0 outside the text.
    private func classes(_ i: Int) -> Int32 {
        guard i >= 0, i < scalars.count else { return 0 }
        let value = scalars[i]
        if value < 0x80 {
            switch value {
            case 0x30...0x39: return VB_CLASS_DIGIT | VB_CLASS_WORD
            case 0x41...0x5A, 0x61...0x7A: return VB_CLASS_LETTER | VB_CLASS_WORD
            case 0x5F: return VB_CLASS_WORD
            case 0x09...0x0D, 0x20: return VB_CLASS_SPACE
            default: return 0
            }
        }
        return vb_regex_classes(value)
    }

    /// The scalar at `i` is a decimal digit (`\d`).
    func isDigit(_ i: Int) -> Bool { classes(i) & VB_CLASS_DIGIT != 0 }

    /// The scalar at `i` is `value` exactly.
    func isScalar(_ i: Int, _ value: UInt32) -> Bool { i >= 0 && i < scalars.count && scalars[i] == value }

    /// The scalar at `i` is one of `values` (punctuation: no case to fold).
    func isScalar(_ i: Int, in values: [UInt32]) -> Bool { i >= 0 && i < scalars.count && values.contains(scalars[i]) }

    /// The scalar at `i` is the letter `folded` (given folded), ignoring case.
    func isLetter(_ i: Int, _ folded: UInt32) -> Bool {
        guard i >= 0, i < scalars.count else { return false }
        let value = scalars[i]
        if value == folded { return true }
        if value < 0x80 { return value | 0x20 == folded && (0x61...0x7A).contains(folded) }
        return vb_fold_case(value) == folded
    }

    /// `\p{L}` ignoring case: a letter, or a scalar whose case folding is one (ICU closes a
    /// case-insensitive pattern's sets over case).
    func isLetterIgnoringCase(_ i: Int) -> Bool {
        let own = classes(i)
        if own & VB_CLASS_LETTER != 0 { return true }
        guard own & VB_CLASS_DIGIT == 0, i >= 0, i < scalars.count, scalars[i] >= 0x80 else { return false }
        return vb_regex_classes(vb_fold_case(scalars[i])) & VB_CLASS_LETTER != 0
    }

    /// The position after `word` (folded letters) read from `i` ignoring case, or `nil`.
    func after(_ word: [UInt32], at i: Int) -> Int? {
        for (k, letter) in word.enumerated() where !isLetter(i + k, letter) { return nil }
        return i + word.count
    }

    /// The position after the white space starting at `i` (`\s*`, as much as there is).
    func afterSpaces(_ i: Int) -> Int {
        var j = i
        while classes(j) & VB_CLASS_SPACE != 0 { j += 1 }
        return j
    }

    /// The lengths `\d{1,2}` can take at `i`, the longest first (greedy).
    func digitRuns(_ i: Int) -> [Int] {
        guard isDigit(i) else { return [] }
        return isDigit(i + 1) ? [2, 1] : [1]
    }

    /// ICU's `\b` at `i`: a word character on one side and not on the other, where the scalar
    /// at `i` must not be an extending mark or format character and such scalars before `i`
    /// are skipped.
    func isWordBoundary(_ i: Int) -> Bool {
        var here = false
        if i < scalars.count {
            let own = classes(i)
            if own & VB_CLASS_EXTEND != 0 { return false }
            here = own & VB_CLASS_WORD != 0
        }
        var before = false
        var j = i - 1
        while j >= 0 {
            let own = classes(j)
            if own & VB_CLASS_EXTEND == 0 {
                before = own & VB_CLASS_WORD != 0
                break
            }
            j -= 1
        }
        return here != before
    }
}
