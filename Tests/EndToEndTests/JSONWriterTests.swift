import Foundation
import Testing
import VerbatimKit
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

    /// The whole fixture record, and its statements one by one through one reused tree (as
    /// `dump --json` writes them): every model type's conformance, written as JSONEncoder does.
    @Test func aWholeRecordIsWrittenAsJSONEncoderWritesIt() throws {
        let record = try RecordLoader.load(path: Paths.fixture)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(try JSONWriter.encode(record) == Array(try encoder.encode(record)))
        let tree = JSONTree()
        for statement in record.statements.prefix(8) {
            var written: [UInt8] = []
            try JSONWriter.write(statement, indent: 0, into: &written, using: tree)
            #expect(written == Array(try encoder.encode(statement)))
        }
    }

    /// Scalars of every width, floats, optionals and a later member replacing an earlier one of
    /// the same key.
    @Test func scalarsOptionalsAndRepeatedKeys() throws {
        struct Scalars: Encodable {
            enum Keys: String, CodingKey { case b, a, small, big, float, none, some }
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(1, forKey: .b)
                try container.encode(Int8(-3), forKey: .small)
                try container.encode(UInt64.max, forKey: .big)
                try container.encode(Float(2), forKey: .float)
                try container.encode(Optional<String>.none, forKey: .none)
                try container.encode(Optional("x"), forKey: .some)
                try container.encode("first", forKey: .a)
                try container.encode("second", forKey: .a)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(Scalars()), as: UTF8.self)
        #expect(String(decoding: try JSONWriter.encode(Scalars()), as: UTF8.self) == expected)
    }
}
