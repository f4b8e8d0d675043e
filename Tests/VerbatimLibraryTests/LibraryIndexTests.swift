import Foundation
import Testing
import VerbatimKit
@testable import VerbatimLibrary

/// The index of a generated library of 20 Chinese meetings: grouping, meetings, citations,
/// speakers and documents.
@Suite struct LibraryIndexTests {
    @Test func indexesEveryMeetingInDateOrderWithSymbolsFromCoverOrFileName() throws {
        let generated = try GeneratedLibrary()
        defer { generated.remove() }
        let (library, report) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(report.added == 20)
        #expect(report.meetings == 20)
        #expect(report.files == 20)
        #expect(report.failed.isEmpty)
        let meetings = library.meetings()
        #expect(Set(meetings.map(\.key)) == Set((0..<20).map(generated.symbol)))
        // Dated meetings first, ascending; the cover-less ones (symbol from the file name) last.
        let dated = meetings.prefix { $0.isoDate != nil }
        #expect(dated.map(\.isoDate) == (0..<20).compactMap(generated.isoDate).sorted())
        #expect(meetings.count - dated.count == 5)
        let first = try #require(library.meeting(symbol: "S/PV.8200"))
        #expect(first.isoDate == "2018-01-18")
        #expect(first.languages == ["zh"])
        #expect(first.body == "安全理事会")
        #expect(first.statements == 24)
        #expect(first.files.map(\.status) == [.provisional])
        let coverless = try #require(library.meeting(symbol: "s/pv.8203"))
        #expect(coverless.symbol == "S/PV.8203")
        #expect(coverless.files.map(\.path) == [generated.path(3)])
    }

    @Test func followsAResolutionIntoEveryMeetingThatCitesIt() throws {
        let generated = try GeneratedLibrary()
        defer { generated.remove() }
        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        let fixture = RecordLoader.parse(GeneratedLibrary.fixture)
        let expected = try #require(fixture.references.first { $0.id == "S/RES/1540 (2004)" })
        let citing = library.citing("S/RES/1540(2004)")
        #expect(citing.map(\.meeting.key) == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18].filter(generated.hasCover).map(generated.symbol)
            + [0, 2, 4, 6, 8, 10, 12, 14, 16, 18].filter { !generated.hasCover($0) }.map(generated.symbol))
        for meeting in citing {
            #expect(meeting.mentions == expected.mentions)
            #expect(meeting.statements == expected.statements)
            #expect(meeting.first.statement == expected.statements.first)
        }
        #expect(library.citing("S/RES/1373 (2001)").count == 10)
        #expect(library.fullTextIsConsistent())
        #expect(library.citingCount("S/RES/1540 (2004)", excluding: generated.path(0)) == 9)
        #expect(library.citingCount("S/RES/1540 (2004)", excluding: generated.path(1)) == 10)
        #expect(library.citing("S/RES/9999 (2030)").isEmpty)
        // Records are documents by their symbol.
        let document = try #require(library.document(symbol: "S/PV.8205"))
        #expect(document.kind == .record)
        #expect(document.path == generated.path(5))
    }

    @Test func findsACountrysAndAPersonsStatementsAcrossMeetings() throws {
        let generated = try GeneratedLibrary()
        defer { generated.remove() }
        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        let china = library.statements(countryCode: "CHN")
        #expect(china.count == 20)
        #expect(Set(china.map(\.path)).count == 20)
        #expect(china.allSatisfy { $0.countryCode == "CHN" && !$0.snippet.isEmpty })
        // Each hit opens with its statement's first paragraph (found through the file's run of paragraph ids).
        let fixture = RecordLoader.parse(GeneratedLibrary.fixture)
        let statement = try #require(fixture.statements.first { $0.speaker.countryCode == "CHN" })
        #expect(china.first?.path == generated.path(0))
        #expect(china.first?.statement == statement.index)
        #expect(china.first?.snippet == Snippet.opening(statement.paragraphs[0].text))
        let wu = try #require(library.person(of: generated.path(0), statement: 18))
        let ma = try #require(library.person(of: generated.path(1), statement: 18))
        #expect(wu != ma)
        #expect(library.statements(person: wu).map(\.path).sorted() == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18].map(generated.path).sorted())
        #expect(library.statements(person: ma).count == 10)
        // One person across all meetings: the Russian representative speaks twice in each.
        let lavrov = try #require(library.person(of: generated.path(0), statement: 8))
        #expect(library.statements(person: lavrov).count == 20)
    }

    @Test func groupsPartsAndVersionsAndWarnsOfDuplicates() throws {
        let generated = try GeneratedLibrary()
        defer { generated.remove() }
        try generated.text(0, part: 1).write(toFile: generated.folder + "/S_PV.8200_resumed_zh.txt", atomically: true, encoding: .utf8)
        try generated.text(0, final: true).write(toFile: generated.folder + "/final.txt", atomically: true, encoding: .utf8)
        try generated.text(2).write(toFile: generated.folder + "/2019/copy-of-8202.txt", atomically: true, encoding: .utf8)
        let (library, report) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(report.meetings == 20)
        let meeting = try #require(library.meeting(symbol: "S/PV.8200"))
        #expect(meeting.files.count == 3)
        #expect(meeting.files.map(\.part) == [nil, nil, 1])
        #expect(Set(meeting.files.map(\.status)) == [.provisional, .final])
        let duplicate = try #require(report.warnings.first { $0.contains("copy-of-8202.txt") })
        #expect(duplicate.contains(generated.path(2)))
        #expect(library.meeting(symbol: "S/PV.8202")?.files.count == 1)
        // The duplicate's text is not found twice.
        let hits = library.search("拉夫罗夫", limit: 1000)
        #expect(!hits.contains { $0.path.hasSuffix("copy-of-8202.txt") })
    }

    @Test func listsFilesThatAreNotRecordsAndFilesThatFail() throws {
        let generated = try GeneratedLibrary(meetings: 2)
        defer { generated.remove() }
        try "Notes on the collection.\n".write(toFile: generated.folder + "/README.md", atomically: true, encoding: .utf8)
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0x01]).write(to: URL(fileURLWithPath: generated.folder + "/broken.pdf"))
        try "hidden".write(toFile: generated.folder + "/.hidden.txt", atomically: true, encoding: .utf8)
        let (_, report) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(report.meetings == 2)
        #expect(report.notRecords == [generated.folder + "/README.md"])
        #expect(report.failed.map(\.path) == [generated.folder + "/broken.pdf"])
        #expect(report.failed.allSatisfy { !$0.error.isEmpty && !$0.error.contains("\n") })
    }
}

/// A country's statements say how it voted in the meeting.
/// `cites` reports, for each meeting, the version that holds the most mentions.
@Suite struct CitingVersionTests {
    @Test func theVersionWithTheMostMentionsIsReported() throws {
        let generated = try GeneratedLibrary(meetings: 1)
        defer { generated.remove() }
        // The final version, first by path, mentions 1540 (2004) once; the provisional one, as often as the fixture.
        let parts = generated.text(0, final: true).components(separatedBy: "1540")
        let final = parts[0] + "1540" + parts[1...].joined(separator: "1373")
        let finalPath = generated.folder + "/2018/A_S_PV.8200_zh.txt"
        try final.write(toFile: finalPath, atomically: true, encoding: .utf8)
        let expected = try #require(RecordLoader.parse(generated.text(0)).references.first { $0.id == "S/RES/1540 (2004)" })
        let once = try #require(RecordLoader.parse(final).references.first { $0.id == "S/RES/1540 (2004)" })
        #expect(once.mentions < expected.mentions)

        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(library.meeting(symbol: generated.symbol(0))?.files.count == 2)
        let citing = library.citing("S/RES/1540 (2004)")
        #expect(citing.count == 1)
        #expect(citing.first?.path == generated.path(0))
        #expect(citing.first?.mentions == expected.mentions)
        #expect(citing.first?.statements == expected.statements)
        #expect(citing.first?.first.path == generated.path(0))
        #expect(citing.first?.first.statement == expected.statements.first)
    }
}

@Suite struct LibraryVoteTests {
    static let voteMeeting = """
        联合国
        S/PV.8700
        安全理事会
        第8700次会议
        2020年1月10日星期五上午10时在纽约举行
        临时
        议程
        中东局势
        本记录包括中文发言的文本和其他语言发言的译文。
        20-00123 (C)

        上午10时5分开会。

        主席（以英语发言）：安全理事会现在开始审议其议程上的项目。安理会成员面前有S/2020/24号文件，其中载有比利时和德国提交的一份决议草案的案文。

        我现在将决议草案付诸表决。

        进行了举手表决。

        赞成：
        比利时、多米尼加共和国、爱沙尼亚、法国、德国、印度尼西亚、尼日尔、圣文森特和格林纳丁斯、南非、突尼斯、
        越南

        反对：
        无

        弃权：
        中国、俄罗斯联邦、大不列颠及北爱尔兰联合王国、美利坚合众国

        主席（以英语发言）：决议草案获得11票赞成、0票反对、4票弃权。决议草案获得通过，成为第2504(2020)号决议。

        张军先生（中国）：中国对决议草案投了弃权票，我们的立场没有改变。

        上午10时30分散会。
        """

    @Test func aCountrysStatementsCarryItsVote() throws {
        let generated = try GeneratedLibrary(meetings: 2)
        defer { generated.remove() }
        try Self.voteMeeting.write(toFile: generated.folder + "/S_PV.8700_zh.txt", atomically: true, encoding: .utf8)
        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        let china = library.statements(countryCode: "CHN")
        #expect(china.count == 3)
        let voted = try #require(china.first { $0.symbol == "S/PV.8700" })
        #expect(voted.vote == "abstaining")
        #expect(voted.speaker == "张军")
        #expect(china.filter { $0.symbol != "S/PV.8700" }.allSatisfy { $0.vote == nil })
        // Date order: the 2018 meetings, then 2020.
        #expect(china.last?.symbol == "S/PV.8700")
    }
}

/// Names are linked across the language versions of one meeting: the statement at the same
/// place, by the same country, is the same person.
/// A file's language is the one the parser reads from its text; its name's `_xx` only when the
/// text gives none of the six.
@Suite struct FileLanguageTests {
    @Test func theTextsLanguageWinsOverTheFileName() throws {
        let generated = try GeneratedLibrary(meetings: 1)
        defer { generated.remove() }
        // A second copy of meeting 0, in Chinese but named as French: one language, Chinese.
        try generated.text(0).write(toFile: generated.folder + "/S_PV.8200_fr.txt", atomically: true, encoding: .utf8)
        let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(library.meeting(symbol: "S/PV.8200")?.languages == ["zh"])
    }

    @Test func theFileNameIsTheFallback() {
        #expect(FileLanguage.isKnown("fr") && !FileLanguage.isKnown("xx") && !FileLanguage.isKnown(""))
        #expect(FileLanguage.code(fromFileName: "S_PV.8698_E.pdf") == "en")
        #expect(FileLanguage.code(fromFileName: "S_PV.10124_ru.txt") == "ru")
        #expect(FileLanguage.code(fromFileName: "notes.txt") == nil)
    }
}

@Suite struct PersonLinkTests {
    @Test(RealFixtures.required) func aSpeakersNamesInTwoVersionsAreOnePerson() throws {
        // Two language versions of one meeting (their language read from their text), where the
        // Russian minister's name is written in Latin letters in one and Cyrillic in the other.
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-person-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("records").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let english = folder + "/S_PV.10124_en.txt"
        let russian = folder + "/S_PV.10124_ru.txt"
        try FileManager.default.copyItem(atPath: RealFixtures.path("S_PV.10124_en.txt"), toPath: english)
        try FileManager.default.copyItem(atPath: RealFixtures.path("S_PV.10124_ru.txt"), toPath: russian)
        let (library, _) = try Library.open(folder: folder, indexPath: base.appendingPathComponent("index.sqlite").path)
        #expect(library.meeting(symbol: "S/PV.10124")?.languages == ["en", "ru"])
        let inEnglish = try #require(library.person(of: english, statement: 11))
        let inRussian = try #require(library.person(of: russian, statement: 11))
        #expect(inEnglish == inRussian)
        #expect(inEnglish.value.contains("Nebenzia"))
        #expect(Set(library.statements(person: inEnglish).map(\.path)) == [english, russian])
        // A statement by another country at the next place is not linked.
        #expect(library.person(of: russian, statement: 12) != inEnglish)
    }
}
