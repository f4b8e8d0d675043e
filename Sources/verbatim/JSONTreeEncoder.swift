/// The `Encoder` that the values' conformances write through: each one fills a node of a
/// `JSONTree`. Coding paths are not kept (the command line's values never read them).
struct JSONTreeEncoder: Encoder {
    let tree: JSONTree
    let node: Int32
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        tree.setShape(node, .object)
        return KeyedEncodingContainer(JSONTreeKeyedContainer<Key>(tree: tree, node: node))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        tree.setShape(node, .array)
        return JSONTreeUnkeyedContainer(tree: tree, node: node)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        JSONTreeSingleContainer(tree: tree, node: node)
    }
}

/// An object's members, written into a `JSONTree` node.
struct JSONTreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let tree: JSONTree
    let node: Int32
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        tree.scalarMember(node, key: key.stringValue) { tree.appendLiteral("null") }
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        tree.scalarMember(node, key: key.stringValue) { tree.appendString(value) }
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        tree.scalarMember(node, key: key.stringValue) { tree.appendLiteral(value ? "true" : "false") }
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try integer(value, key) }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        tree.scalarMember(node, key: key.stringValue) { tree.appendDouble(value) }
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        tree.scalarMember(node, key: key.stringValue) { tree.appendFloat(value) }
    }

    private func integer<I: BinaryInteger>(_ value: I, _ key: Key) throws {
        tree.scalarMember(node, key: key.stringValue) { tree.appendInteger(value) }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try tree.encodeMember(node, key: key.stringValue, value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        JSONTreeEncoder(tree: tree, node: tree.addChild(node, key: key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        JSONTreeEncoder(tree: tree, node: tree.addChild(node, key: key.stringValue)).unkeyedContainer()
    }

    /// A superclass's members go under `super`, as JSONEncoder puts them.
    mutating func superEncoder() -> Encoder { JSONTreeEncoder(tree: tree, node: tree.addChild(node, key: "super")) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
        JSONTreeEncoder(tree: tree, node: tree.addChild(node, key: key.stringValue))
    }
}

/// An array's elements, written into a `JSONTree` node.
struct JSONTreeUnkeyedContainer: UnkeyedEncodingContainer {
    let tree: JSONTree
    let node: Int32
    var codingPath: [CodingKey] { [] }
    var count: Int { tree.count(of: node) }

    mutating func encodeNil() throws {
        tree.scalarMember(node, key: nil) { tree.appendLiteral("null") }
    }

    mutating func encode(_ value: String) throws {
        tree.scalarMember(node, key: nil) { tree.appendString(value) }
    }

    mutating func encode(_ value: Int) throws {
        tree.scalarMember(node, key: nil) { tree.appendInteger(value) }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try tree.encodeMember(node, key: nil, value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        JSONTreeEncoder(tree: tree, node: tree.addChild(node, key: nil)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        JSONTreeEncoder(tree: tree, node: tree.addChild(node, key: nil)).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { JSONTreeEncoder(tree: tree, node: tree.addChild(node, key: nil)) }
}

/// A single value: a scalar, or a value that encodes itself as another (an enum as its raw
/// value) in its place.
struct JSONTreeSingleContainer: SingleValueEncodingContainer {
    let tree: JSONTree
    let node: Int32
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws {
        let start = tree.beginSingle()
        tree.appendLiteral("null")
        tree.endSingle(node, from: start)
    }

    mutating func encode(_ value: String) throws {
        let start = tree.beginSingle()
        tree.appendString(value)
        tree.endSingle(node, from: start)
    }

    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }

    mutating func encode(_ value: Float) throws {
        let start = tree.beginSingle()
        tree.appendFloat(value)
        tree.endSingle(node, from: start)
    }

    private func integer<I: BinaryInteger>(_ value: I) {
        let start = tree.beginSingle()
        tree.appendInteger(value)
        tree.endSingle(node, from: start)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try tree.encode(value, into: node)
    }
}
