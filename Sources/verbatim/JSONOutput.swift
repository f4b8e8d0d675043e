import VerbatimTUI
import VerbatimKit

/// Writes values as JSON to standard output: pretty-printed, keys sorted, slashes
/// and CJK unescaped, as `JSONEncoder` lays them out (through `JSONWriter`).
enum JSONOutput {
    static func print<T: Encodable>(_ value: T, to output: OutputDescriptor = .standardOutput) throws {
        var bytes = try JSONWriter.encode(value)
        bytes.append(0x0A)
        try output.write(bytes)
    }

    /// A whole record, written member by member and element by element, so that the output
    /// never sits in memory at once. Same shape and key order as encoding the record whole.
    static func printRecord(_ record: Record, to output: OutputDescriptor = .standardOutput) throws {
        var writer = StreamingJSON(output: output)
        try writer.raw("{\n")
        try writer.member("agenda", record.agenda, last: false)
        try writer.member("blocks", record.blocks, last: false)
        try writer.member("meeting", record.meeting, last: false)
        try writer.member("procedural", record.procedural, last: false)
        try writer.member("references", record.references, last: false)
        try writer.member("statements", record.statements, last: false)
        try writer.member("unattributed", record.unattributed, last: false)
        try writer.member("votes", record.votes, last: false)
        try writer.member("warnings", record.warnings, last: true)
        try writer.raw("}\n")
        try writer.flush()
    }
}

/// Pretty-printed JSON written to standard output (or a file) in pieces, through a small buffer.
private struct StreamingJSON {
    let output: OutputDescriptor
    private var buffer: [UInt8] = []
    /// Reused for every value, so that its storage is allocated once.
    private let tree = JSONTree()

    init(output: OutputDescriptor) {
        self.output = output
        buffer.reserveCapacity(1 << 20)
    }

    mutating func raw(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    mutating func flush() throws {
        try output.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// `value` encoded on its own, its lines after the first indented by `indent` spaces.
    private mutating func value<T: Encodable>(_ value: T, indent: Int) throws {
        try JSONWriter.write(value, indent: indent, into: &buffer, using: tree)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// `"key" : value` at the top level; an array is written one element at a time.
    mutating func member<T: Encodable>(_ key: String, _ member: T, last: Bool) throws {
        try raw("  \"\(key)\" : ")
        try value(member, indent: 2)
        try raw(last ? "\n" : ",\n")
    }

    mutating func member<T: Encodable>(_ key: String, _ elements: [T], last: Bool) throws {
        try raw("  \"\(key)\" : [\n")
        if elements.isEmpty { try raw("\n") }
        for (k, element) in elements.enumerated() {
            try raw("    ")
            try value(element, indent: 4)
            try raw(k == elements.count - 1 ? "\n" : ",\n")
        }
        try raw(last ? "  ]\n" : "  ],\n")
    }
}
