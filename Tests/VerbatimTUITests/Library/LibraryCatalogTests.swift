import Foundation
import Testing
import VerbatimKit
import VerbatimLibrary
@testable import VerbatimTUI

/// The browser's view of a real index: a library of three meetings built from the bundled
/// record (renumbered copies, one citing another resolution) and a resolution's text.
private func makeCatalog() throws -> (LibraryCatalog, folder: String) {
    let root = NSTemporaryDirectory() + "verbatim-catalog-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let folder = root + "/lib"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let record = try String(contentsOfFile: Fixture.path, encoding: .utf8)
    try record.write(toFile: folder + "/S_PV.8160_zh.txt", atomically: true, encoding: .utf8)
    try record.replacingOccurrences(of: "8160", with: "8161").write(toFile: folder + "/S_PV.8161_zh.txt", atomically: true, encoding: .utf8)
    try record.replacingOccurrences(of: "8160", with: "8162").replacingOccurrences(of: "1540", with: "1541")
        .write(toFile: folder + "/S_PV.8162_zh.txt", atomically: true, encoding: .utf8)
    let resolution = """
        United Nations
        Security Council

        S/RES/1540 (2004)
        Distr.: General 28 April 2004

        Resolution 1540 (2004)
        Adopted by the Security Council at its 4956th meeting, on 28 April 2004
        The Security Council,
        1. Decides that all States shall refrain from providing any form of support to non-State actors;
        2. Decides to remain seized of the matter.

        """
    try resolution.write(toFile: folder + "/S-RES-1540(2004).txt", atomically: true, encoding: .utf8)
    let (library, _) = try Library.open(folder: folder, indexPath: root + "/index.sqlite")
    return (LibraryCatalog(library), folder)
}

@Test func theCatalogAnswersTheBrowsersQuestionsFromTheIndex() throws {
    let (catalog, folder) = try makeCatalog()
    let meetings = catalog.meetingRows()
    #expect(meetings.map { $0.symbol ?? $0.key }.sorted() == ["S/PV.8160", "S/PV.8161", "S/PV.8162"])
    let own = folder + "/S_PV.8160_zh.txt"

    // Other meetings citing 1540 (2004): only S/PV.8161 (S/PV.8162 cites 1541).
    let citing = catalog.citingRows("S/RES/1540 (2004)", excluding: [own])
    #expect(citing.map(\.symbol) == ["S/PV.8161"])
    #expect(citing.first?.place.reference == "S/RES/1540 (2004)")
    #expect(citing.first?.place.statement == 6)
    #expect(catalog.citedElsewhere("S/RES/1540 (2004)", excluding: [own]) == 1)

    // The same country and the same person in every meeting, each row opening its statement.
    let kuwait = try #require(Fixture.record.statements[5].speaker.countryCode)
    let country = catalog.countryRows(code: kuwait)
    #expect(country.count == 3)
    #expect(country.allSatisfy { $0.place.statement == 6 && $0.country != nil })
    let person = catalog.personRows(path: own, statement: 6)
    #expect(person.count == 3)

    // Search: the match is in the snippet, and the place is where it is in the file.
    let hits = catalog.searchRows("决议")
    let hit = try #require(hits.first)
    let match = try #require(hit.match)
    let snippet = Array(hit.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(snippet[match])) == "决议")
    #expect(hit.place.length == 2)

    // One Chinese character is a query too.
    let single = catalog.searchRows("核")
    #expect(!single.isEmpty)
    #expect(single.allSatisfy { $0.place.length == 1 })

    // The resolution is read as a document with its symbol, adoption line and paragraphs.
    let path = try #require(catalog.documentPath(symbol: "S/RES/1540 (2004)"))
    let record = try #require(catalog.resolutionRecord(path: path))
    #expect(record.meeting.symbol == "S/RES/1540 (2004)")
    let lines = record.unattributed.first?.text.split(separator: "\n").map(String.init) ?? []
    #expect(lines.contains("Adopted by the Security Council at its 4956th meeting, on 28 April 2004"))
    #expect(lines.last == "2. Decides to remain seized of the matter.")
    // A meeting record is not a resolution.
    #expect(catalog.resolutionRecord(path: own) == nil)

    // Opening a search hit lands on its match.
    var (state, _) = libraryState(120, 40)
    _ = App.update(&state, LibraryAnswers.answer(.open(hit.place), from: catalog))
    let mention = try #require(state.mention)
    let text = state.document.entries[mention.entry].paragraphs[mention.paragraph].text
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == "决议")
}
