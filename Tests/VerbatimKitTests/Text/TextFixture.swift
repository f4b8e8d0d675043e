import Foundation
import VerbatimKit

/// The bundled record, found from this file's path.
enum TextFixture {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/S_PV.8160_zh.txt")

    static func text() throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// A paragraph of the fixture with what the wrap checks need, computed once.
    struct Paragraph: Sendable {
        let text: String
        let scalars: [Unicode.Scalar]
        /// `true` at every grapheme-cluster boundary (scalar offsets 0...count).
        let clusterBoundary: [Bool]
        let glue: [Range<Int>]
    }

    /// `paragraphs()`, prepared once for the whole test run.
    static let preparedParagraphs: [Paragraph] = {
        guard let texts = try? paragraphs() else { return [] }
        return texts.map { text in
            let scalars = Array(text.unicodeScalars)
            var boundary = [Bool](repeating: false, count: scalars.count + 1)
            var offset = 0
            for character in text {
                boundary[offset] = true
                offset += character.unicodeScalars.count
            }
            boundary[offset] = true
            return Paragraph(text: text, scalars: scalars, clusterBoundary: boundary, glue: Glue.defaultRanges(in: text))
        }
    }()

    /// The fixture's non-empty lines joined into paragraph-ish chunks: lines are appended to a chunk
    /// until one ends a sentence or looks like a heading (short).
    static func paragraphs() throws -> [String] {
        var chunks: [String] = []
        var current = ""
        for line in try text().split(whereSeparator: { $0.isNewline }) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            current += trimmed
            if let last = trimmed.last, "。！？：”".contains(last) || trimmed.count < 16 {
                chunks.append(current)
                current = ""
            }
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }
}
