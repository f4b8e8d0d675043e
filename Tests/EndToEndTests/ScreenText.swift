/// Display columns of captured screen text, for checking alignment: East Asian wide and
/// full-width characters take two columns, everything else one (enough for the records' text).
enum ScreenText {
    static func width(_ character: Character) -> Int {
        guard let v = character.unicodeScalars.first?.value else { return 0 }
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
        return wide ? 2 : 1
    }

    static func width<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + width($1) }
    }

    /// The display columns at which `mark` stands in `line`.
    static func columns<S: StringProtocol>(of mark: Character, in line: S) -> [Int] {
        var result: [Int] = []
        var column = 0
        for character in line {
            if character == mark { result.append(column) }
            column += width(character)
        }
        return result
    }

    /// True when `output` (bytes a program wrote to the terminal) sets a foreground or background
    /// colour: an SGR sequence with a parameter 30–37, 40–47, 38 or 48.
    static func setsColour(_ output: String) -> Bool {
        var rest = Substring(output)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            guard rest.dropFirst(body.count).first == "m" else { continue }
            for parameter in body.split(separator: ";") {
                if let value = Int(parameter), (30...38).contains(value) || (40...48).contains(value) { return true }
            }
        }
        return false
    }
}
