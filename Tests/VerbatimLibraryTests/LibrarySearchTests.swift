import Foundation
import Testing
import VerbatimKit
@testable import VerbatimLibrary

/// Full-text search over a generated library: trigram queries, short Chinese queries, filters,
/// snippets and date order.
@Suite struct LibrarySearchTests {
    /// How many indexed paragraphs of a record hold `query`: statements' paragraphs, procedural
    /// lines and unattributed text.
    static func paragraphs(holding query: String, in record: Record) -> Int {
        record.statements.reduce(0) { $0 + $1.paragraphs.filter { $0.text.contains(query) }.count }
            + record.procedural.filter { $0.text.contains(query) }.count
            + record.unattributed.filter { $0.text.contains(query) }.count
    }

    static func expectedCount(_ query: String, _ generated: GeneratedLibrary) -> Int {
        (0..<generated.count).reduce(0) { $0 + paragraphs(holding: query, in: RecordLoader.parse(generated.text($1))) }
    }

    @Test(arguments: ["不扩散条约", "核", "裁军", "S/2018/4"])
    func findsEveryParagraphHoldingTheQueryInDateOrder(query: String) throws {
        let generated = try GeneratedLibrary()
        defer { generated.remove() }
        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        let hits = library.search(query, limit: 100_000)
        let expected = Self.expectedCount(query, generated)
        #expect(expected > 0)
        #expect(hits.count == expected)
        let dates = hits.compactMap(\.isoDate)
        #expect(dates == dates.sorted())
        // Undated meetings come after every dated one.
        if let firstUndated = hits.firstIndex(where: { $0.isoDate == nil }) {
            #expect(hits[firstUndated...].allSatisfy { $0.isoDate == nil })
        }
        for hit in hits.prefix(200) {
            let match = try #require(hit.match)
            let scalars = Array(hit.snippet.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[match])).lowercased() == query.lowercased())
        }
        #expect(library.search(query, limit: 7).map(\.path) == hits.prefix(7).map(\.path))
    }

    @Test func latinQueriesIgnoreCase() throws {
        let generated = try GeneratedLibrary(meetings: 2)
        defer { generated.remove() }
        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(library.search("s/2018/4", limit: 1000).count == library.search("S/2018/4", limit: 1000).count)
        #expect(!library.search("s/2018/4").isEmpty)
        #expect(library.search("s/", limit: 1000).count == library.search("S/", limit: 1000).count)
        #expect(!library.search("s/").isEmpty)
    }

    @Test func filtersBySpeakerCountryCitationAndDate() throws {
        let generated = try GeneratedLibrary()
        defer { generated.remove() }
        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        let byMa = library.search("不扩散", filter: SearchFilter(speaker: "马朝旭"), limit: 1000)
        #expect(!byMa.isEmpty)
        #expect(byMa.allSatisfy { $0.speaker == "马朝旭" && $0.statement == 18 })
        let byChina = library.search("不扩散", filter: SearchFilter(country: "chn"), limit: 1000)
        #expect(byChina.count > byMa.count)
        #expect(byChina.allSatisfy { $0.countryCode == "CHN" })
        #expect(library.search("不扩散", filter: SearchFilter(country: "中国"), limit: 1000).count == byChina.count)
        let ranged = library.search("不扩散", filter: SearchFilter(from: "2018-03-01", to: "2018-06-30"), limit: 1000)
        #expect(Set(ranged.compactMap(\.isoDate)) == ["2018-03-18", "2018-05-18", "2018-06-18"])
        #expect(ranged.allSatisfy { $0.isoDate != nil })
        let citing = library.search("决议", filter: SearchFilter(cites: "S/RES/1373 (2001)"), limit: 1000)
        #expect(!citing.isEmpty)
        #expect(citing.allSatisfy { hit in [1, 3, 5, 7, 9, 11, 13, 15, 17, 19].map(generated.path).contains(hit.path) })
        let short = library.search("核", filter: SearchFilter(country: "CHN", from: "2019-01-01"), limit: 1000)
        #expect(!short.isEmpty)
        #expect(short.allSatisfy { $0.countryCode == "CHN" && ($0.isoDate ?? "") >= "2019-01-01" })
    }

    @Test func aHitSaysWhereToOpen() throws {
        let generated = try GeneratedLibrary(meetings: 1)
        defer { generated.remove() }
        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        let record = RecordLoader.parse(generated.text(0))
        for hit in library.search("生物武器", limit: 20) {
            let statement = try #require(hit.position.statement)
            let text = record.statements[statement - 1].paragraphs[hit.position.paragraph].text
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[hit.position.offset..<(hit.position.offset + 4)])) == "生物武器")
            #expect(hit.page == record.statements[statement - 1].paragraphs[hit.position.paragraph].page)
            #expect(hit.symbol == "S/PV.8200")
            #expect(hit.speaker == record.statements[statement - 1].speaker.name ?? record.statements[statement - 1].speaker.label)
        }
    }

    @Test func emptyAndUnmatchedQueriesGiveNothing() throws {
        let generated = try GeneratedLibrary(meetings: 1)
        defer { generated.remove() }
        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(library.search("").isEmpty)
        #expect(library.search("  ").isEmpty)
        #expect(library.search("量子引力").isEmpty)
        #expect(library.search("\"", limit: 5).isEmpty)
        #expect(library.search("%").isEmpty)
    }
}
