/// A JSON encoder for the command line's output: the values' own `Codable` conformances write
/// straight into UTF-8 bytes, pretty-printed with sorted keys in the layout `JSONEncoder` gives
/// (`"key" : value`, two-space indents, slashes and non-ASCII text unescaped), without building a
/// tree of boxed values first.
///
/// Keys are sorted per object: each object writes its members into a scratch buffer of its own and
/// copies them out in key order when it is complete, so a byte is copied once per level of
/// nesting. Numbers are integers or doubles printed in Swift's shortest form.
struct JSONWriter {
    /// The JSON of `value`, without a final newline; `indent` is the indent of the line it starts on.
    static func encode<T: Encodable>(_ value: T, indent: Int = 0) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        try write(value, indent: indent, into: &out)
        return out
    }

    /// Appends the JSON of `value` to `out`.
    static func write<T: Encodable>(_ value: T, indent: Int, into out: inout [UInt8]) throws {
        if let string = value as? String {
            appendString(string, to: &out)
            return
        }
        let node = JSONNode(indent: indent)
        try value.encode(to: JSONNodeEncoder(node: node, codingPath: []))
        node.finish(into: &out)
    }

    /// Appends `string` quoted and escaped as JSONEncoder escapes it.
    static func appendString(_ string: String, to out: inout [UInt8]) {
        out.append(0x22)
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                runStart = i + 1
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                case 0x08: out.append(contentsOf: [0x5C, 0x62])
                case 0x0C: out.append(contentsOf: [0x5C, 0x66])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        out.append(0x22)
    }

    static func appendIndent(_ count: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20 as UInt8, count: count))
    }
}

/// One value being encoded: an object (members kept until it is complete, then sorted), an
/// array, or a single value.
final class JSONNode {
    enum Shape { case undecided, object, array, single }
    let indent: Int
    var shape = Shape.undecided
    /// The members' or elements' bytes, one after another.
    var scratch: [UInt8] = []
    /// A member's or element's value: bytes already written to `scratch`, or a nested
    /// container's node, written when this one is.
    enum Part {
        case bytes(Range<Int>)
        case node(JSONNode)
    }
    /// For an object: each member's key and its value.
    var members: [(key: String, value: Part)] = []
    /// For an array: each element.
    var elements: [Part] = []

    init(indent: Int) { self.indent = indent }

    func addMember(_ key: String, _ write: (inout [UInt8]) throws -> Void) rethrows {
        shape = .object
        let start = scratch.count
        try write(&scratch)
        members.append((key, .bytes(start..<scratch.count)))
    }

    /// Adds a member whose value is a nested container; returns its node.
    func addMember(_ key: String) -> JSONNode {
        shape = .object
        let child = JSONNode(indent: indent + 2)
        members.append((key, .node(child)))
        return child
    }

    /// Adds an element that is a nested container; returns its node.
    func addElement() -> JSONNode {
        shape = .array
        let child = JSONNode(indent: indent + 2)
        elements.append(.node(child))
        return child
    }

    /// Appends a member's or element's value.
    private func write(_ part: Part, into out: inout [UInt8]) {
        switch part {
        case .bytes(let range): out.append(contentsOf: scratch[range])
        case .node(let child): child.finish(into: &out)
        }
    }

    func addElement(_ write: (inout [UInt8]) throws -> Void) rethrows {
        shape = .array
        let start = scratch.count
        try write(&scratch)
        elements.append(.bytes(start..<scratch.count))
    }

    func setSingle(_ write: (inout [UInt8]) throws -> Void) rethrows {
        shape = .single
        scratch.removeAll(keepingCapacity: true)
        try write(&scratch)
    }

    /// Writes the finished value in JSONEncoder's pretty layout.
    func finish(into out: inout [UInt8]) {
        switch shape {
        case .single:
            out.append(contentsOf: scratch)
        case .undecided, .object:
            out.append(0x7B)
            out.append(0x0A)
            if members.isEmpty {
                out.append(0x0A)
            } else {
                // Later members with the same key replace earlier ones, as in JSONEncoder.
                var order = Array(members.indices)
                order.sort { members[$0].key.utf8.lexicographicallyPrecedes(members[$1].key.utf8) }
                var kept: [Int] = []
                for k in order {
                    if let last = kept.last, members[last].key == members[k].key { kept[kept.count - 1] = k } else { kept.append(k) }
                }
                for (n, k) in kept.enumerated() {
                    JSONWriter.appendIndent(indent + 2, to: &out)
                    JSONWriter.appendString(members[k].key, to: &out)
                    out.append(contentsOf: [0x20, 0x3A, 0x20])
                    write(members[k].value, into: &out)
                    if n < kept.count - 1 { out.append(0x2C) }
                    out.append(0x0A)
                }
            }
            JSONWriter.appendIndent(indent, to: &out)
            out.append(0x7D)
        case .array:
            out.append(0x5B)
            out.append(0x0A)
            if elements.isEmpty { out.append(0x0A) }
            for (n, element) in elements.enumerated() {
                JSONWriter.appendIndent(indent + 2, to: &out)
                write(element, into: &out)
                if n < elements.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            JSONWriter.appendIndent(indent, to: &out)
            out.append(0x5D)
        }
    }

    /// Appends the JSON of a scalar: a string, a number, a Boolean or null.
    static func scalar(_ value: Any?, into out: inout [UInt8]) -> Bool {
        switch value {
        case nil: out.append(contentsOf: Array("null".utf8))
        case let v as String: JSONWriter.appendString(v, to: &out)
        case let v as Bool: out.append(contentsOf: Array((v ? "true" : "false").utf8))
        case let v as Int: out.append(contentsOf: Array(String(v).utf8))
        case let v as Double:
            out.append(contentsOf: Array((v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)).utf8))
        default: return false
        }
        return true
    }

    /// Appends `value` encoded at the indent of this node's members.
    func encodeChild<T: Encodable>(_ value: T, codingPath: [CodingKey], into out: inout [UInt8]) throws {
        if JSONNode.scalar(JSONNode.plain(value), into: &out) { return }
        let child = JSONNode(indent: indent + 2)
        try value.encode(to: JSONNodeEncoder(node: child, codingPath: codingPath))
        child.finish(into: &out)
    }

    /// `value` as a plain scalar when it is one of the kinds `scalar` writes.
    static func plain<T: Encodable>(_ value: T) -> Any? {
        switch value {
        case let v as String: return v
        case let v as Bool: return v
        case let v as Int: return v
        case let v as Double: return v
        default: return Unsupported.marker
        }
    }

    /// Marks a value that is not a plain scalar.
    enum Unsupported { case marker }
}

/// The `Encoder` that the values' conformances write through; each one fills a `JSONNode`.
struct JSONNodeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.shape = .object
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        node.shape = .array
        return JSONUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        JSONSingleContainer(node: node, codingPath: codingPath)
    }
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.addMember(key.stringValue) { $0.append(contentsOf: Array("null".utf8)) }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.addMember(key.stringValue) { out in try node.encodeChild(value, codingPath: codingPath + [key], into: &out) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        JSONNodeEncoder(node: node.addMember(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        JSONNodeEncoder(node: node.addMember(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    /// A superclass's members go under `super`, as JSONEncoder puts them.
    mutating func superEncoder() -> Encoder { JSONNodeEncoder(node: node.addMember("super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
        JSONNodeEncoder(node: node.addMember(key.stringValue), codingPath: codingPath + [key])
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    var codingPath: [CodingKey]
    var count: Int { node.elements.count }

    mutating func encodeNil() throws {
        node.addElement { $0.append(contentsOf: Array("null".utf8)) }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.addElement { out in try node.encodeChild(value, codingPath: codingPath, into: &out) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        JSONNodeEncoder(node: node.addElement(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        JSONNodeEncoder(node: node.addElement(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { JSONNodeEncoder(node: node.addElement(), codingPath: codingPath) }
}

struct JSONSingleContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [CodingKey]

    mutating func encodeNil() throws {
        node.setSingle { $0.append(contentsOf: Array("null".utf8)) }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        // A value that encodes itself as another (an enum as its raw value) takes its place.
        if JSONNode.plain(value) is JSONNode.Unsupported {
            try value.encode(to: JSONNodeEncoder(node: node, codingPath: codingPath))
        } else {
            node.setSingle { out in _ = JSONNode.scalar(JSONNode.plain(value), into: &out) }
        }
    }
}
