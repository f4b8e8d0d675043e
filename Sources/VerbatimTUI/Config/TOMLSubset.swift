/// A reader for the part of TOML the config file uses: `[tables]` (dotted names kept as written),
/// `key = value` with bare or quoted keys, basic and literal strings, booleans, integers, arrays of
/// strings (over several lines too), and `#` comments. Plain Swift, no Foundation: it runs at
/// start-up. Anything else (dates, floats, inline tables, multi-line strings) is an error that
/// names its line.
public enum TOMLSubset {
    /// A value the subset knows.
    public enum Value: Equatable, Sendable {
        case string(String)
        case boolean(Bool)
        case integer(Int)
        case strings([String])

        /// The kind of value, as an error message names it.
        public var kind: String {
            switch self {
            case .string: "a string"
            case .boolean: "a boolean"
            case .integer: "an integer"
            case .strings: "an array of strings"
            }
        }
    }

    /// One `key = value` line: its table, key, value, and line number (1-based).
    public struct Entry: Equatable, Sendable {
        public var table: String
        public var key: String
        public var value: Value
        public var line: Int
    }

    /// What is wrong, and on which line (1-based).
    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    /// The entries of `text` in the order written; the first error stops the reading.
    public static func parse(_ text: String) throws(SyntaxError) -> [Entry] {
        var entries: [Entry] = []
        var table = ""
        var seenTables: Set<String> = [""]
        var seenKeys: Set<String> = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? Substring(line.dropLast()) : line
        }
        var index = 0
        while index < lines.count {
            let number = index + 1
            var reader = Reader(Array(lines[index].unicodeScalars), line: number)
            index += 1
            reader.skipSpaces()
            if reader.atEndOrComment { continue }
            if reader.peek == "[" {
                reader.advance()
                if reader.peek == "[" { throw SyntaxError(line: number, message: "arrays of tables are not supported") }
                var parts: [String] = []
                repeat {
                    reader.skipSpaces()
                    parts.append(try reader.key())
                    reader.skipSpaces()
                } while reader.take(".")
                guard reader.take("]") else { throw SyntaxError(line: number, message: "expected ] after the table name") }
                try reader.expectLineEnd()
                table = parts.joined(separator: ".")
                guard seenTables.insert(table).inserted else {
                    throw SyntaxError(line: number, message: "table [\(table)] is defined twice")
                }
                continue
            }
            let key = try reader.key()
            reader.skipSpaces()
            if reader.peek == "." { throw SyntaxError(line: number, message: "dotted keys are not supported; use a [table]") }
            guard reader.take("=") else { throw SyntaxError(line: number, message: "expected = after the key '\(key)'") }
            reader.skipSpaces()
            let value: Value
            if reader.peek == "[" {
                // An array may go on over the next lines until its closing bracket.
                reader.advance()
                var items: [String] = []
                var expectingItem = true
                while true {
                    reader.skipSpaces()
                    if reader.atEndOrComment {
                        guard index < lines.count else {
                            throw SyntaxError(line: number, message: "the array is not closed with ]")
                        }
                        reader = Reader(Array(lines[index].unicodeScalars), line: index + 1)
                        index += 1
                        continue
                    }
                    if reader.take("]") { break }
                    if !expectingItem {
                        guard reader.take(",") else { throw SyntaxError(line: reader.line, message: "expected , or ] in the array") }
                        expectingItem = true
                        continue
                    }
                    guard reader.peek == "\"" || reader.peek == "'" else {
                        throw SyntaxError(line: reader.line, message: "arrays may hold strings only")
                    }
                    items.append(try reader.string())
                    expectingItem = false
                }
                value = .strings(items)
            } else if reader.peek == "\"" || reader.peek == "'" {
                value = .string(try reader.string())
            } else {
                let word = reader.bareWord()
                switch word {
                case "true": value = .boolean(true)
                case "false": value = .boolean(false)
                case "": throw SyntaxError(line: number, message: "a value is missing after =")
                default:
                    guard let integer = Self.integer(word) else {
                        throw SyntaxError(line: number, message: "'\(word)' is not a value this file takes (quote strings)")
                    }
                    value = .integer(integer)
                }
            }
            try reader.expectLineEnd()
            guard seenKeys.insert(table + "\u{0}" + key).inserted else {
                throw SyntaxError(line: number, message: "'\(key)' is set twice")
            }
            entries.append(Entry(table: table, key: key, value: value, line: number))
        }
        return entries
    }

    /// A decimal integer with an optional sign and `_` between digits.
    static func integer(_ word: String) -> Int? {
        var digits = word
        var negative = false
        if let first = digits.first, first == "+" || first == "-" {
            negative = first == "-"
            digits.removeFirst()
        }
        guard let first = digits.first, let last = digits.last, first.isASCII, first.isNumber, last.isASCII, last.isNumber,
            !digits.contains("__"), digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }),
            digits.count == 1 || first != "0"
        else { return nil }
        guard let value = Int(digits.filter { $0 != "_" }) else { return nil }
        return negative ? -value : value
    }

    /// A cursor over one line's scalars.
    private struct Reader {
        let scalars: [Unicode.Scalar]
        let line: Int
        var position = 0

        init(_ scalars: [Unicode.Scalar], line: Int) {
            self.scalars = scalars
            self.line = line
        }

        var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
        var atEndOrComment: Bool { peek == nil || peek == "#" }

        mutating func advance() { position += 1 }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard peek == scalar else { return false }
            position += 1
            return true
        }

        mutating func skipSpaces() {
            while let s = peek, s == " " || s == "\t" { position += 1 }
        }

        mutating func expectLineEnd() throws(SyntaxError) {
            skipSpaces()
            guard atEndOrComment else {
                throw SyntaxError(line: line, message: "unexpected '\(String(String.UnicodeScalarView(scalars[position...])))' at the end of the line")
            }
        }

        static func isBare(_ s: Unicode.Scalar) -> Bool {
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_" || s == "-"
        }

        /// A bare key (letters, digits, `_`, `-`) or a quoted one.
        mutating func key() throws(SyntaxError) -> String {
            if peek == "\"" || peek == "'" { return try string() }
            let start = position
            while let s = peek, Self.isBare(s) { position += 1 }
            guard position > start else {
                let found = peek.map { "'\($0)'" } ?? "the end of the line"
                throw SyntaxError(line: line, message: "expected a key, found \(found)")
            }
            return String(String.UnicodeScalarView(scalars[start..<position]))
        }

        /// Everything up to a space, comma, bracket or comment.
        mutating func bareWord() -> String {
            let start = position
            while let s = peek, s != " ", s != "\t", s != "#", s != ",", s != "]" { position += 1 }
            return String(String.UnicodeScalarView(scalars[start..<position]))
        }

        /// A basic string (`"…"`, with escapes) or a literal one (`'…'`).
        mutating func string() throws(SyntaxError) -> String {
            let quote = scalars[position]
            position += 1
            if peek == quote, position + 1 < scalars.count, scalars[position + 1] == quote {
                throw SyntaxError(line: line, message: "multi-line strings are not supported")
            }
            var result = String.UnicodeScalarView()
            while let s = peek {
                position += 1
                if s == quote { return String(result) }
                if quote == "\"" && s == "\\" {
                    result.append(try escape())
                } else if s.value < 0x20 && s != "\t" || s.value == 0x7F {
                    throw SyntaxError(line: line, message: "a control character in a string must be escaped")
                } else {
                    result.append(s)
                }
            }
            throw SyntaxError(line: line, message: "the string is not closed with \(quote)")
        }

        private mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
            guard let s = peek else { throw SyntaxError(line: line, message: "a \\ ends the line inside a string") }
            position += 1
            switch s {
            case "\"": return "\""
            case "\\": return "\\"
            case "n": return "\n"
            case "t": return "\t"
            case "r": return "\r"
            case "b": return "\u{08}"
            case "f": return "\u{0C}"
            case "e": return "\u{1B}"
            case "u", "U":
                let count = s == "u" ? 4 : 8
                guard position + count <= scalars.count,
                    let value = UInt32(String(String.UnicodeScalarView(scalars[position..<position + count])), radix: 16),
                    let scalar = Unicode.Scalar(value)
                else { throw SyntaxError(line: line, message: "\\\(s) needs \(count) hex digits of a Unicode scalar") }
                position += count
                return scalar
            default:
                throw SyntaxError(line: line, message: "unknown escape \\\(s)")
            }
        }
    }
}
