import Foundation

/// The bundled record, found from this file's path.
enum Fixture {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/S_PV.8160_zh.txt")

    static func text() throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

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
