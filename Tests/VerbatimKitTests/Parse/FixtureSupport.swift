import Foundation
@testable import VerbatimKit

/// The reference record and helpers shared by the parser tests.
enum Fixture {
    /// The package root, found from this file's path.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    static let path = root.appendingPathComponent("Fixtures/S_PV.8160_zh.txt").path
    static let text: String = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    static let record: Record = (try? RecordLoader.load(path: path)) ?? RecordLoader.parse("")

    /// `text` without any white space (the lossless comparison ignores only white space).
    static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !($0.properties.isWhitespace || $0 == "\u{0C}" || $0 == "\u{FEFF}")
        }))
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], name: String = "record.txt") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    /// A short summary of every statement, for comparing variants with the fixture.
    static func speakers(_ record: Record) -> [String] {
        record.statements.map {
            let s = $0.speaker
            return "\($0.index)|\(s.label)|\(s.name ?? "-")|\(s.title ?? "-")|\(s.role.rawValue)|\(s.country ?? "-")|\(s.language)"
        }
    }

    /// Every reference with its mention count and citing statements.
    static func references(_ record: Record) -> [String] {
        record.references.map { "\($0.id)|\($0.kind.rawValue)|\($0.mentions)|\($0.statements)" }
    }
}
