/// A verbatim record's symbol found in a line (`S/PV.8160`, `A/72/PV.5`, `A/ES-10/PV.5`), with
/// the part of a meeting published in parts (`S/PV.8699 (Resumption 1)` → part 1, in any
/// language's word for it), and the rest of the line (`United Nations`, glued or not).
struct RecordSymbol: Equatable {
    /// The symbol without its part.
    var symbol: String
    /// The resumption number, `nil` for the first or only part.
    var part: Int?
    /// The line before the symbol, trimmed.
    var before: String
    /// The line after the symbol and its part, trimmed.
    var after: String
    /// The line without the symbol and its part, trimmed.
    var rest: String { before.isEmpty ? after : after.isEmpty ? before : before + " " + after }

    /// The first record symbol in `text`, or `nil`.
    static func find(in text: String) -> RecordSymbol? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 4 <= scalars.count {
            guard scalars[i] == "/", scalars[i + 1] == "P", scalars[i + 2] == "V", scalars[i + 3] == "." else {
                i += 1
                continue
            }
            // The number after `PV.`.
            var end = i + 4
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            // The segments before `/PV`: capitals, digits and hyphens, the first of capitals.
            var start = i
            while start > 0, isSymbolScalar(scalars[start - 1]) { start -= 1 }
            let head = String(String.UnicodeScalarView(scalars[start..<i]))
            let segments = head.split(separator: "/", omittingEmptySubsequences: false)
            guard end > i + 4, let first = segments.first, !first.isEmpty, first.count <= 3,
                  first.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }),
                  segments.dropFirst().allSatisfy({ !$0.isEmpty }) else {
                i += 4
                continue
            }
            let symbol = String(String.UnicodeScalarView(scalars[start..<end]))
            var after = end
            let part = partNumber(scalars, from: &after)
            return RecordSymbol(
                symbol: symbol, part: part,
                before: String(String.UnicodeScalarView(scalars[..<start])).trimmingBlanks(),
                after: String(String.UnicodeScalarView(scalars[after...])).trimmingBlanks())
        }
        return nil
    }

    /// `(Resumption 1)`, `（Reprise 2）` after the symbol, in any of the six languages; moves
    /// `index` past it when found.
    private static func partNumber(_ s: [Unicode.Scalar], from index: inout Int) -> Int? {
        var i = index
        while i < s.count, s[i] == " " || s[i] == "\u{A0}" { i += 1 }
        guard i < s.count, s[i] == "(" || s[i] == "（" else { return nil }
        guard let close = s[(i + 1)...].firstIndex(where: { $0 == ")" || $0 == "）" }), close - i <= 40 else { return nil }
        let inside = String(String.UnicodeScalarView(s[(i + 1)..<close])).trimmingBlanks()
        let digits = inside.reversed().prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, let number = Int(String(digits.reversed())) else { return nil }
        let word = CoverWords.fold(String(inside.dropLast(digits.count)).trimmingBlanks())
        let known = CoverWords.all.contains { $0.resumption.contains { CoverWords.fold($0) == word } }
        guard known else { return nil }
        index = close + 1
        return number
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    private static func isSymbolScalar(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || (s.value >= 0x41 && s.value <= 0x5A) || s == "/" || s == "-"
    }
}
