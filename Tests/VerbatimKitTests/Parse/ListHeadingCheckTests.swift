import Testing
@testable import VerbatimKit

/// The quick test that spares a record without a vote list the copy of its text.
@Suite struct ListHeadingCheckTests {
    private func record(paragraphs: [String], label: String = "主席") -> Record {
        let statement = Statement(
            index: 1, speaker: Speaker(label: label, role: .president, language: "zh"),
            paragraphs: paragraphs.map { Paragraph(text: $0, language: "zh", page: 1, lines: LineSpan(first: 1, last: 1)) },
            lines: LineSpan(first: 1, last: 1), pages: LineSpan(first: 1, last: 1))
        return Record(
            meeting: Meeting(language: "zh"), agenda: [], procedural: [], statements: [statement],
            blocks: [.statement(0)], references: [], unattributed: [], warnings: [])
    }

    private let check = ListHeadingCheck(VotePhrases.all.flatMap(\.inFavour))

    @Test func aHeadingWithItsColonPasses() {
        #expect(check.mayOccur(in: record(paragraphs: ["赞成：", "中国、法国"])))
        #expect(check.mayOccur(in: record(paragraphs: ["In favour :  France, China"])))
        #expect(check.mayOccur(in: record(paragraphs: ["Votent pour\u{202F}: France"])))
    }

    @Test func aHeadingWordEndingItsPiecePassesForTheColonMayOpenTheNext() {
        #expect(check.mayOccur(in: record(paragraphs: ["表决结果如下：赞成", "：中国"])))
        // A parser may take a list heading for a speaker's label.
        #expect(check.mayOccur(in: record(paragraphs: ["France, China"], label: "In favour")))
    }

    @Test func theWordInProseDoesNot() {
        #expect(!check.mayOccur(in: record(paragraphs: ["我们赞成这项决议草案。", "我们赞成，并感谢各位。"])))
        #expect(VoteReader.votes(in: record(paragraphs: ["我们赞成这项决议草案。"])).isEmpty)
    }

    @Test func everyVoteOfTheRealRecordsIsStillRead() {
        // The fixture has no vote list: the check spares it, and the reader finds none either.
        #expect(!check.mayOccur(in: Fixture.record))
        #expect(Fixture.record.votes.isEmpty)
    }
}
