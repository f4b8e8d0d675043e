import Testing
import VerbatimKit
@testable import VerbatimTUI

/// A record in `language` with a role-only President, the Secretary-General and a named speaker,
/// known only by its symbol (no cover page).
private func record(language: String, president: String, secretaryGeneral: String, title: String, name: String) -> Record {
    let speakers = [
        Speaker(label: president, role: .president, language: language),
        Speaker(label: secretaryGeneral, role: .secretaryGeneral, language: language),
        Speaker(label: title + " " + name, name: name, title: title, language: language),
    ]
    let statements = speakers.enumerated().map { i, speaker in
        Statement(
            index: i + 1, speaker: speaker,
            paragraphs: [Paragraph(text: "Text \(i + 1).", language: language, page: 2, lines: LineSpan(first: i + 1, last: i + 1))],
            lines: LineSpan(first: i + 1, last: i + 1), pages: LineSpan(first: 2, last: 2))
    }
    return Record(meeting: Meeting(symbol: "S/PV.10124", language: language), statements: statements, blocks: [.statement(0), .statement(1), .statement(2)])
}

@Test func rolesAndTheBodyAreNamedInTheRecordsLanguage() {
    let cases: [(Record, [String])] = [
        (record(language: "en", president: "The President", secretaryGeneral: "The Secretary-General", title: "Mr.", name: "Nebenzia"),
         ["S/PV.10124 · Security Council 10124th meeting", "1 President", "2 Secretary-General", "3 Mr. Nebenzia"]),
        (record(language: "ru", president: "Председатель", secretaryGeneral: "Генеральный секретарь", title: "Г-н", name: "Небензя"),
         ["S/PV.10124 · Совет Безопасности 10124-е заседание", "1 Председатель", "2 Генеральный секре…", "3 Г-н Небензя"]),
        (record(language: "fr", president: "Le Président", secretaryGeneral: "Le Secrétaire général", title: "M.", name: "Nebenzia"),
         ["S/PV.10124 · Conseil de sécurité 10124e séance", "1 Président", "2 Secrétaire général", "3 M. Nebenzia"]),
        (record(language: "xx", president: "?", secretaryGeneral: "??", title: "T", name: "N"),
         ["S/PV.10124 · Security Council 10124th meeting", "1 President", "2 Secretary-General", "3 T N"]),
    ]
    for (record, shown) in cases {
        let state = AppState(record: record, path: nil, size: Size(width: 100, height: 10))
        let lines = App.render(state, size: state.size).lines
        #expect(lines[0].hasPrefix(" " + shown[0] + " "), "\(lines[0])")
        for (row, name) in shown.dropFirst().enumerated() {
            #expect(lines[2 + row].contains(name), "\(lines[2 + row]) lacks \(name)")
        }
    }
}
