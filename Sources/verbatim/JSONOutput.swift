import FoundationEssentials
import VerbatimTUI
import VerbatimKit

/// Writes values as JSON to standard output: pretty-printed, keys sorted, slashes
/// and CJK unescaped.
enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func print<T: Encodable>(_ value: T) throws {
        var data = try encoder().encode(value)
        data.append(0x0A)
        data.withUnsafeBytes { StandardStream.output.write(bytes: $0.bindMemory(to: UInt8.self)) }
    }

    /// A whole record, written member by member and element by element, so that the output
    /// never sits in memory at once. Same shape and key order as encoding the record whole.
    static func printRecord(_ record: Record) throws {
        var writer = StreamingJSON(encoder: encoder())
        writer.raw("{\n")
        try writer.member("agenda", record.agenda, last: false)
        try writer.member("blocks", record.blocks, last: false)
        try writer.member("meeting", record.meeting, last: false)
        try writer.member("procedural", record.procedural, last: false)
        try writer.member("references", record.references, last: false)
        try writer.member("statements", record.statements, last: false)
        try writer.member("unattributed", record.unattributed, last: false)
        try writer.member("votes", record.votes, last: false)
        try writer.member("warnings", record.warnings, last: true)
        writer.raw("}\n")
        writer.flush()
    }
}

/// Pretty-printed JSON written to standard output in pieces, through a small buffer.
private struct StreamingJSON {
    let encoder: JSONEncoder
    private var buffer = Data()

    init(encoder: JSONEncoder) {
        self.encoder = encoder
        buffer.reserveCapacity(1 << 20)
    }

    mutating func raw(_ text: String) {
        buffer.append(contentsOf: Array(text.utf8))
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        buffer.withUnsafeBytes { StandardStream.output.write(bytes: $0.bindMemory(to: UInt8.self)) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// `value` encoded on its own, its lines after the first indented by `indent` spaces.
    private mutating func value<T: Encodable>(_ value: T, indent: Int) throws {
        let data = try encoder.encode(value)
        let pad = [UInt8](repeating: 0x20, count: indent)
        var start = data.startIndex
        while let newline = data[start...].firstIndex(of: 0x0A) {
            buffer.append(data[start...newline])
            start = newline + 1
            // Blank lines (inside empty arrays) stay blank.
            if start < data.endIndex, data[start] != 0x0A { buffer.append(contentsOf: pad) }
        }
        buffer.append(data[start...])
        if buffer.count >= 1 << 20 { flush() }
    }

    /// `"key" : value` at the top level; an array is written one element at a time.
    mutating func member<T: Encodable>(_ key: String, _ member: T, last: Bool) throws {
        raw("  \"\(key)\" : ")
        try value(member, indent: 2)
        raw(last ? "\n" : ",\n")
    }

    mutating func member<T: Encodable>(_ key: String, _ elements: [T], last: Bool) throws {
        raw("  \"\(key)\" : [\n")
        if elements.isEmpty { raw("\n") }
        for (k, element) in elements.enumerated() {
            raw("    ")
            try value(element, indent: 4)
            raw(k == elements.count - 1 ? "\n" : ",\n")
        }
        raw(last ? "  ]\n" : "  ],\n")
    }
}
