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
            let conversion = ICUConversion.run(source, with: vb_convert_from_utf8)
            return conversion.status >= 0 ? conversion.bytes : nil
        }
    }
}

/// One call of a CICU charset converter (`vb_convert_to_utf8` / `vb_convert_from_utf8`) on GB 18030.
enum ICUConversion {
    /// The signature the CICU converters share.
    typealias Converter = (
        UnsafePointer<CChar>, UnsafePointer<UInt8>, Int64, UnsafeMutablePointer<UInt8>, Int64,
        UnsafeMutablePointer<Int64>
    ) -> Int64

    /// Converts `source` between GB 18030 and UTF-8 with `converter`. `status` is the converter's
    /// return value (bytes written, or -1 for an invalid sequence at `badOffset`, -2/-3 for
    /// other failures); `bytes` holds the output when `status` is not negative.
    static func run(_ source: [UInt8], with converter: Converter) -> (bytes: [UInt8], status: Int64, badOffset: Int) {
        // Either way a character at most doubles its bytes (a 2-byte GB 18030 ideograph is 3 bytes
        // of UTF-8; a 2-byte UTF-8 letter can be 4 bytes of GB 18030).
        let capacity = source.count * 2 + 16
        var status: Int64 = 0
        var bad: Int64 = 0
        let out = source.withUnsafeBufferPointer { s in
            [UInt8](unsafeUninitializedCapacity: capacity) { target, count in
                status = converter("gb18030", s.baseAddress!, Int64(s.count), target.baseAddress!, Int64(capacity), &bad)
                count = status > 0 ? Int(status) : 0
            }
        }
        return (out, status, Int(bad))
    }
}
