import CICU

extension TextEncoding {
    /// `text` in this encoding, or `nil` when a character cannot be represented in it.
    public func encode(_ text: String) -> [UInt8]? {
        switch self {
        case .utf8:
            return Array(text.utf8)
        case .gb18030:
            let source = Array(text.utf8)
            if source.isEmpty { return [] }
            let capacity = source.count * 2 + 16
            var result: Int64 = 0
            var bad: Int64 = 0
            let out = source.withUnsafeBufferPointer { s in
                [UInt8](unsafeUninitializedCapacity: capacity) { target, count in
                    result = vb_convert_from_utf8("gb18030", s.baseAddress!, Int64(s.count), target.baseAddress!, Int64(capacity), &bad)
                    count = result > 0 ? Int(result) : 0
                }
            }
            return result >= 0 ? out : nil
        }
    }
}
