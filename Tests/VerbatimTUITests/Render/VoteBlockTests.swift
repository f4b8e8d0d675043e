import Testing
import VerbatimKit
@testable import VerbatimTUI

/// A vote is drawn where it stands, with its counts, before the paragraph that says it was taken.
@Suite struct VoteBlockTests {
    static let record = """
    上午10时5分开会。

    主席（以英语发言）：安理会成员面前有S/2020/24号文件，其中载有一份决议草案的案文。

    我现在将决议草案付诸表决。

    进行了举手表决。

    赞成：
    比利时、多米尼加共和国、爱沙尼亚、法国、德国、印度尼西亚、尼日尔、圣文森特和格林纳丁斯、南非、突尼斯、越南

    反对：
    无

    弃权：
    中国、俄罗斯联邦、大不列颠及北爱尔兰联合王国、美利坚合众国

    主席（以英语发言）：决议草案获得通过，成为第2504(2020)号决议。

    上午10时30分散会。
    """

    @Test func theVoteStandsBeforeItsParagraphWithItsCounts() throws {
        let record = RecordLoader.parse(Self.record)
        try #require(record.votes.count == 1)
        var state = AppState(record: record, path: nil, size: Size(width: 100, height: 30))
        let entry = try #require(state.document.entries.firstIndex { !$0.votes.isEmpty })
        press(&state, ":\(state.document.entries[entry].statementNumber ?? 1) Enter")
        let text = screen(state)
        let lines = text.split(separator: "\n").map(String.init)
        let counts = try #require(lines.firstIndex { $0.contains("11 in favour · 0 against · 4 abstaining") })
        let taken = try #require(lines.firstIndex { $0.contains("进行了举手表决") })
        let call = try #require(lines.firstIndex { $0.contains("付诸表决") })
        #expect(call < counts && counts < taken)
        #expect(text.contains("Vote on S/2020/24 (举手表决)"))
        #expect(text.contains("Adopted as S/RES/2504 (2020)"))
        #expect(text.contains("Abstaining: CHN, RUS, GBR, USA"))
    }

    @Test func narrowPanesWrapTheBlock() {
        var vote = Vote(draft: "S/2020/24", resolution: "S/RES/2504 (2020)", method: "show of hands",
                        inFavour: ["BEL"], against: ["FRA"], abstaining: [], page: 2)
        vote.position = Vote.Position(block: 0, paragraph: 0)
        let entry = Entry(kind: .unattributed, speaker: nil, heading: "x",
                          paragraphs: [Entry.Paragraph(text: "A", page: 2, citations: [])], notes: [],
                          pages: LineSpan(first: 2, last: 2), votes: [vote])
        let lines = VoteBlock.lines(of: entry, before: 0, width: 12, wrapper: LineWrapper())
        #expect(lines.count > VoteBlock.texts(for: vote).count)
        #expect(lines.allSatisfy { DisplayWidth.standard.of($0.text) <= 12 })
        #expect(VoteBlock.lines(of: entry, before: 1, width: 12, wrapper: LineWrapper()).isEmpty)
    }
}
