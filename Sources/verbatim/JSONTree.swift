/// The values a `JSONWriter` is encoding: scalars as escaped bytes in one buffer, objects and
/// arrays as nodes whose members are linked records of indices (a member's key bytes, its value's
/// bytes or child node, the next member). Nothing is copied while encoding; `write` lays the tree
/// out in JSONEncoder's pretty layout with each object's keys sorted. Reused from value to value.
final class JSONTree {
    enum Shape: UInt8 { case undecided, object, array, single }

    /// An object, an array, or a single value (its bytes `leafStart..<leafEnd`).
    struct Node {
        var shape = Shape.undecided
        var first: Int32 = -1
        var last: Int32 = -1
        var count: Int32 = 0
        var leafStart: Int32 = 0
        var leafEnd: Int32 = 0
    }

    /// A member of an object (its key's UTF-8 at `keyStart..<keyEnd`) or an element of an array:
    /// its value is the bytes `valueStart..<valueEnd`, or the node `child` when that is not -1.
    struct Member {
        var keyStart: Int32
        var keyEnd: Int32
        var valueStart: Int32
        var valueEnd: Int32
        var child: Int32
        var next: Int32
    }

    // The tree is used from one thread, and no access to its storage spans a call out of it
    // (values' conformances are called between accesses, never during one): the run-time
    // exclusivity checks, a tenth of the writer's time, are left out.
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
    @exclusivity(unchecked) private(set) var nodes: [Node] = []
    @exclusivity(unchecked) private var members: [Member] = []
    /// Member indices of the objects being written, sorted in place (a stack: nested objects
    /// use the part above their parent's).
    @exclusivity(unchecked) private var order: [Int32] = []

    /// Empties the tree, keeping its storage.
    func reset() {
        bytes.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
        members.removeAll(keepingCapacity: true)
    }

    func addNode() -> Int32 {
        nodes.append(Node())
        return Int32(nodes.count - 1)
    }

    func setShape(_ node: Int32, _ shape: Shape) {
        nodes[Int(node)].shape = shape
    }

    func count(of node: Int32) -> Int { Int(nodes[Int(node)].count) }

    // MARK: - Building

    /// Links a new member of `node` (an element when `key` is `nil`), its key's bytes written;
    /// its value is what is appended to `bytes` until `endLeaf`, or a child node.
    private func addMember(_ node: Int32, key: String?, shape: Shape) -> Int32 {
        let keyStart = Int32(bytes.count)
        if var key {
            key.withUTF8 { bytes.append(contentsOf: $0) }
        }
        let index = Int32(members.count)
        members.append(Member(keyStart: keyStart, keyEnd: Int32(bytes.count), valueStart: Int32(bytes.count),
                              valueEnd: Int32(bytes.count), child: -1, next: -1))
        let n = Int(node)
        nodes[n].shape = shape
        if nodes[n].last >= 0 { members[Int(nodes[n].last)].next = index } else { nodes[n].first = index }
        nodes[n].last = index
        nodes[n].count += 1
        return index
    }

    /// A member whose value is a nested container or value; returns its node.
    func addChild(_ node: Int32, key: String?) -> Int32 {
        let member = addMember(node, key: key, shape: key == nil ? .array : .object)
        let child = addNode()
        members[Int(member)].child = child
        return child
    }

    /// Adds a member of `node` (an element when `key` is `nil`) whose value is the scalar that
    /// `write` appends.
    func scalarMember(_ node: Int32, key: String?, _ write: () -> Void) {
        let member = addMember(node, key: key, shape: key == nil ? .array : .object)
        write()
        members[Int(member)].valueEnd = Int32(bytes.count)
    }

    /// Starts making `node` a single value, appended next (replacing one set before);
    /// `endSingle` closes it.
    func beginSingle() -> Int32 { Int32(bytes.count) }

    func endSingle(_ node: Int32, from start: Int32) {
        let n = Int(node)
        nodes[n].shape = .single
        nodes[n].leafStart = start
        nodes[n].leafEnd = Int32(bytes.count)
    }

    /// Encodes `value` as the value of `node`.
    func encode<T: Encodable>(_ value: T, into node: Int32) throws {
        if JSONTree.isScalar(T.self) {
            let start = beginSingle()
            appendScalar(value)
            endSingle(node, from: start)
        } else {
            try value.encode(to: JSONTreeEncoder(tree: self, node: node))
        }
    }

    /// Encodes `value` as a new member of `node` (an element when `key` is `nil`).
    func encodeMember<T: Encodable>(_ node: Int32, key: String?, _ value: T) throws {
        if JSONTree.isScalar(T.self) {
            scalarMember(node, key: key) { appendScalar(value) }
        } else {
            let child = addChild(node, key: key)
            try value.encode(to: JSONTreeEncoder(tree: self, node: child))
        }
    }

    /// True for the types written as scalars here: strings, Booleans, `Int` and `Double` (told
    /// by the type, without a dynamic cast of each value).
    static func isScalar<T>(_ type: T.Type) -> Bool {
        type == String.self || type == Int.self || type == Bool.self || type == Double.self
    }

    /// Appends `value`, of one of the types `isScalar` accepts.
    func appendScalar<T>(_ value: T) {
        if T.self == String.self {
            appendString(unsafeBitCast(value, to: String.self))
        } else if T.self == Int.self {
            appendInteger(unsafeBitCast(value, to: Int.self))
        } else if T.self == Bool.self {
            appendLiteral(unsafeBitCast(value, to: Bool.self) ? "true" : "false")
        } else if T.self == Double.self {
            appendDouble(unsafeBitCast(value, to: Double.self))
        }
    }

    // MARK: - Scalars

    func appendString(_ string: String) {
        JSONWriter.appendString(string, to: &bytes)
    }

    func appendInteger<I: BinaryInteger>(_ value: I) {
        if value >= 0 && value < 10 {
            bytes.append(0x30 + UInt8(value))
        } else {
            appendLiteral(String(value))
        }
    }

    func appendDouble(_ value: Double) {
        appendLiteral(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
    }

    func appendFloat(_ value: Float) {
        appendLiteral(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
    }

    func appendLiteral(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    // MARK: - Writing

    /// Appends `node` in JSONEncoder's pretty layout; `indent` is the indent of its first line.
    func write(_ node: Int32, indent: Int, into out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            write(node, indent: indent, bytes: buffer, into: &out)
        }
    }

    private func write(_ node: Int32, indent: Int, bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let n = nodes[Int(node)]
        switch n.shape {
        case .single:
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[Int(n.leafStart)..<Int(n.leafEnd)]))
        case .undecided, .object:
            out.append(0x7B)
            out.append(0x0A)
            if n.count == 0 {
                out.append(0x0A)
            } else {
                let base = order.count
                var m = n.first
                while m >= 0 {
                    order.append(m)
                    m = members[Int(m)].next
                }
                sortMembers(from: base, bytes: bytes)
                // Later members with the same key replace earlier ones, as in JSONEncoder: of
                // equal keys (sorted by position) only the last is kept.
                var kept: [Int32] = []
                kept.reserveCapacity(order.count - base)
                for k in base..<order.count {
                    if let last = kept.last, sameKey(last, order[k], bytes) { kept[kept.count - 1] = order[k] } else { kept.append(order[k]) }
                }
                order.removeSubrange(base...)
                for (i, k) in kept.enumerated() {
                    let member = members[Int(k)]
                    JSONWriter.appendIndent(indent + 2, to: &out)
                    JSONWriter.appendString(bytes: UnsafeBufferPointer(rebasing: bytes[Int(member.keyStart)..<Int(member.keyEnd)]), to: &out)
                    out.append(0x20)
                    out.append(0x3A)
                    out.append(0x20)
                    writeValue(member, indent: indent + 2, bytes: bytes, into: &out)
                    if i < kept.count - 1 { out.append(0x2C) }
                    out.append(0x0A)
                }
            }
            JSONWriter.appendIndent(indent, to: &out)
            out.append(0x7D)
        case .array:
            out.append(0x5B)
            out.append(0x0A)
            if n.count == 0 { out.append(0x0A) }
            var m = n.first
            while m >= 0 {
                let member = members[Int(m)]
                JSONWriter.appendIndent(indent + 2, to: &out)
                writeValue(member, indent: indent + 2, bytes: bytes, into: &out)
                if member.next >= 0 { out.append(0x2C) }
                out.append(0x0A)
                m = member.next
            }
            JSONWriter.appendIndent(indent, to: &out)
            out.append(0x5D)
        }
    }

    private func writeValue(_ member: Member, indent: Int, bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        if member.child >= 0 {
            write(member.child, indent: indent, bytes: bytes, into: &out)
        } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[Int(member.valueStart)..<Int(member.valueEnd)]))
        }
    }

    /// Sorts `order[base...]` by key bytes, then by position (an insertion sort: objects have
    /// few members).
    private func sortMembers(from base: Int, bytes: UnsafeBufferPointer<UInt8>) {
        guard order.count - base > 1 else { return }
        for i in (base + 1)..<order.count {
            let item = order[i]
            var j = i
            while j > base, precedes(item, order[j - 1], bytes) {
                order[j] = order[j - 1]
                j -= 1
            }
            order[j] = item
        }
    }

    /// True when member `a`'s key sorts before `b`'s (UTF-8 order), or equal keys and `a` first.
    private func precedes(_ a: Int32, _ b: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let x = members[Int(a)], y = members[Int(b)]
        var i = Int(x.keyStart), j = Int(y.keyStart)
        while i < Int(x.keyEnd), j < Int(y.keyEnd) {
            if bytes[i] != bytes[j] { return bytes[i] < bytes[j] }
            i += 1
            j += 1
        }
        let xLeft = Int(x.keyEnd) - i, yLeft = Int(y.keyEnd) - j
        if xLeft != yLeft { return xLeft < yLeft }
        return a < b
    }

    private func sameKey(_ a: Int32, _ b: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let x = members[Int(a)], y = members[Int(b)]
        guard x.keyEnd - x.keyStart == y.keyEnd - y.keyStart else { return false }
        return UnsafeBufferPointer(rebasing: bytes[Int(x.keyStart)..<Int(x.keyEnd)])
            .elementsEqual(UnsafeBufferPointer(rebasing: bytes[Int(y.keyStart)..<Int(y.keyEnd)]))
    }
}
