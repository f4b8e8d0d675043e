import Foundation
import Testing
@testable import verbatim

/// The command line's JSON writer lays values out exactly as `JSONEncoder` with pretty printing,
/// sorted keys and unescaped slashes does, for every kind of container a `Codable` type can use.
@Suite struct JSONWriterTests {
    /// A value written through nested keyed and unkeyed containers and a super encoder.
    struct Nested: Encodable {
        enum Keys: String, CodingKey { case zeta, alpha, inner, list, base }
        enum InnerKeys: String, CodingKey { case b, a }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("z/\"q\"\n\u{1}", forKey: .zeta)
            try container.encode(1.5, forKey: .alpha)
            var inner = container.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
            try inner.encode(true, forKey: .b)
            try inner.encodeNil(forKey: .a)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(3)
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode("中文")
            _ = list.nestedContainer(keyedBy: InnerKeys.self)
            try ["k": [1, 2], "a": []].encode(to: container.superEncoder(forKey: .base))
            try [0.25, 2.0].encode(to: container.superEncoder())
        }
    }

    @Test func nestedContainersAreWrittenAsJSONEncoderWritesThem() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(Nested()), as: UTF8.self)
        let written = String(decoding: try JSONWriter.encode(Nested()), as: UTF8.self)
        #expect(written == expected)
    }
}
