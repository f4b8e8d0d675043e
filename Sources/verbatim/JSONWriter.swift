/// A JSON encoder for the command line's output: the values' own `Codable` conformances write
/// straight into UTF-8 bytes, pretty-printed with sorted keys in the layout `JSONEncoder` gives
/// (`"key" : value`, two-space indents, slashes and non-ASCII text unescaped).
///
/// Encoding fills a `JSONTree`: every scalar is written once, already escaped, into one byte
/// buffer, and objects and arrays are small records of indices into it. Writing the tree out
/// sorts each object's keys and copies each scalar's bytes once more, whatever its depth. Numbers
/// are integers or doubles printed in Swift's shortest form.
struct JSONWriter {
    /// The JSON of `value`, without a final newline; `indent` is the indent of the line it starts on.
    static func encode<T: Encodable>(_ value: T, indent: Int = 0) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        try write(value, indent: indent, into: &out)
        return out
    }

    /// Appends the JSON of `value` to `out`; `tree` is emptied and reused (keep one for many values).
    static func write<T: Encodable>(_ value: T, indent: Int, into out: inout [UInt8], using tree: JSONTree = JSONTree()) throws {
        tree.reset()
        let root = tree.addNode()
        try tree.encode(value, into: root)
        tree.write(root, indent: indent, into: &out)
    }

    /// Appends `string` quoted and escaped as JSONEncoder escapes it.
    static func appendString(_ string: String, to out: inout [UInt8]) {
        var string = string
        string.withUTF8 { appendString(bytes: $0, to: &out) }
    }

    /// Appends the UTF-8 text `bytes` quoted and escaped as JSONEncoder escapes it: `"` and `\`
    /// with a backslash, the usual control characters by letter, the others as `\u00XX`.
    static func appendString(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var runStart = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            runStart = i + 1
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x08: out.append(0x5C); out.append(0x62)
            case 0x0C: out.append(0x5C); out.append(0x66)
            default:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 0xF)])
            }
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        out.append(0x22)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }

    static func appendIndent(_ count: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20 as UInt8, count: count))
    }
}
