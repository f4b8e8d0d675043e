import Foundation
import VerbatimKit
@testable import VerbatimTUI

/// A library in memory for the tests: six meetings, all read from the bundled record (so that
/// opening one really reads a file), the answers to `M`, `a`, `A` and search computed from that
/// record, and one resolution's text written to a temporary file.
final class FakeLibrary: LibrarySource {
    /// The meetings, in no particular order (the list sorts them).
    let meetings: [MeetingRow] = [
        FakeLibrary.meeting("S/PV.8160", "2018-01-18", "建立信任措施", statements: 19, languages: ["zh"]),
        FakeLibrary.meeting("S/PV.10124", "2026-03-02", "Non-proliferation", statements: 31, languages: ["en", "fr", "zh"]),
        FakeLibrary.meeting("S/PV.999", "1961-06-07", "The Congo question", statements: 4, languages: ["en"]),
        FakeLibrary.meeting("S/PV.9000", "2022-04-05", "Maintenance of international peace and security", statements: 12, languages: ["en", "ru"], provisional: true),
        FakeLibrary.meeting("S/PV.9500", "2023-12-20", "Threats to international peace and security caused by terrorist acts", statements: 22, languages: ["en"], parts: 2),
        MeetingRow(key: "/lib/notes/undated.txt", symbol: nil, isoDate: nil, body: nil, title: nil, statements: 0, languages: ["en"],
                   files: [MeetingRow.File(path: Fixture.path, language: "en")]),
    ]

    /// The requests asked, in order.
    var asked: [String] = []

    static func meeting(_ symbol: String, _ date: String, _ title: String, statements: Int, languages: [String],
                        provisional: Bool = false, parts: Int = 1) -> MeetingRow {
        var files: [MeetingRow.File] = []
        for part in 1...parts {
            for language in languages {
                files.append(MeetingRow.File(path: Fixture.path, language: language, part: parts > 1 ? part : nil, provisional: provisional))
            }
        }
        return MeetingRow(key: symbol, symbol: symbol, isoDate: date, body: "Security Council", title: title,
                          statements: statements, languages: languages, files: files)
    }

    /// The bundled record as the browser reads it.
    let document = Document(record: Fixture.record, path: Fixture.path)

    func meetingRows() -> [MeetingRow] { meetings }

    func citingRows(_ key: String, excluding: [String]) -> [FoundRow] {
        asked.append("citing \(key)")
        guard let first = document.mentions[key]?.first else { return [] }
        let entry = document.entries[first.entry]
        // The same record stands for two other meetings citing it.
        return ["S/PV.9000", "S/PV.9500"].enumerated().map { i, symbol in
            FoundRow(symbol: symbol, isoDate: i == 0 ? "2022-04-05" : "2023-12-20", mentions: i + 2,
                     place: LibraryPlace(paths: [Fixture.path], statement: entry.statementNumber, paragraph: first.paragraph,
                                         offset: first.start, length: first.end - first.start, reference: key))
        }
    }

    func citedElsewhere(_ key: String, excluding: [String]) -> Int {
        document.mentions[key] == nil ? 0 : 2
    }

    func countryRows(code: String) -> [FoundRow] {
        asked.append("country \(code)")
        return statementRows { $0.countryCode == code }.map { row in
            var row = row
            row.vote = "in favour"
            return row
        }
    }

    func personRows(path: String, statement: Int) -> [FoundRow] {
        asked.append("person \(statement)")
        guard let entry = document.entries.first(where: { $0.statementNumber == statement }), let name = entry.speaker?.label else { return [] }
        return statementRows { $0.label == name }
    }

    func searchRows(_ query: String) -> [FoundRow] {
        asked.append("search \(query)")
        var rows: [FoundRow] = []
        for entry in document.entries {
            guard let number = entry.statementNumber else { continue }
            for (p, paragraph) in entry.paragraphs.enumerated() {
                let scalars = Array(paragraph.text.unicodeScalars)
                let wanted = Array(query.unicodeScalars)
                guard wanted.count <= scalars.count else { continue }
                for start in 0...(scalars.count - wanted.count) where Array(scalars[start..<(start + wanted.count)]) == wanted {
                    rows.append(FoundRow(symbol: "S/PV.8160", isoDate: "2018-01-18", speaker: entry.speaker?.label, country: entry.speaker?.country,
                                         page: paragraph.page, text: paragraph.text, match: start..<(start + wanted.count),
                                         place: LibraryPlace(paths: [Fixture.path], statement: number, paragraph: p, offset: start, length: wanted.count)))
                    break
                }
            }
        }
        return rows
    }

    /// A resolution's text held by the library (written for the tests).
    static let resolutionPath: String = {
        let path = NSTemporaryDirectory() + "verbatim-fake-library-S-RES-1540(2004).txt"
        let text = """
        United Nations                                                    S/RES/1540 (2004)
        Security Council                                 Distr.: General
                                                         28 April 2004

        Resolution 1540 (2004)

        Adopted by the Security Council at its 4956th meeting, on 28 April 2004

        The Security Council,

        Affirming that proliferation of nuclear, chemical and biological weapons constitutes a threat,

        1. Decides that all States shall refrain from providing any form of support to non-State actors;

        2. Decides to remain seized of the matter.

        """
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }()

    func documentPath(symbol: String) -> String? {
        asked.append("document \(symbol)")
        return symbol == "S/RES/1540 (2004)" ? FakeLibrary.resolutionPath : nil
    }

    /// One row per statement whose speaker passes `keep`.
    private func statementRows(_ keep: (Speaker) -> Bool) -> [FoundRow] {
        document.entries.compactMap { entry in
            guard let speaker = entry.speaker, keep(speaker), let number = entry.statementNumber else { return nil }
            return FoundRow(symbol: "S/PV.8160", isoDate: "2018-01-18", speaker: speaker.label, country: speaker.country,
                            page: entry.pages.first, text: String((entry.paragraphs.first?.text ?? "").prefix(30)),
                            place: LibraryPlace(paths: [Fixture.path], statement: number))
        }
    }
}

/// A state on the fake library's meetings list at `width` × `height`.
func libraryState(_ width: Int = 80, _ height: Int = 24) -> (AppState, FakeLibrary) {
    let fake = FakeLibrary()
    var state = AppState(library: LibraryState(name: "/lib", indexing: true), size: Size(width: width, height: height))
    _ = App.update(&state, .libraryLoaded(meetings: fake.meetingRows(), warnings: []))
    _ = App.update(&state, .key(.escape))
    return (state, fake)
}

/// Presses keys, answering every library request from `library` as the runtime would.
@discardableResult
func press(_ state: inout AppState, _ keys: String, library: LibrarySource) -> [Effect] {
    var effects: [Effect] = []
    for key in KeyTokens.parse(keys) {
        effects = App.update(&state, .key(key))
        answer(&state, effects, library)
    }
    return effects
}

/// Carries out the library requests among `effects`.
func answer(_ state: inout AppState, _ effects: [Effect], _ library: LibrarySource) {
    for effect in effects {
        guard case .library(let request) = effect else { continue }
        let more = App.update(&state, LibraryAnswers.answer(request, from: library))
        answer(&state, more, library)
    }
}

extension FakeLibrary {
    func resolutionRecord(path: String) -> Record? { nil }
}
