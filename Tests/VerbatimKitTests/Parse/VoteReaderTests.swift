import Foundation
import Testing
@testable import VerbatimKit

/// Votes read from finished records: the method, the three lists as country codes, the draft
/// and the resolution, in real English PDFs and in synthetic records of the other languages.
@Suite struct VoteReaderTests {
    static let fifteenFor2505 = ["BEL", "CHN", "DOM", "EST", "FRA", "DEU", "IDN", "NER", "RUS", "VCT", "ZAF",
                                 "TUN", "GBR", "USA", "VNM"]

    /// A record made of one President's statement whose paragraphs are `lines`, each on page `page`.
    static func record(statementLines lines: [String], language: String = "en", page: Int = 2) -> Record {
        let paragraphs = lines.enumerated().map {
            Paragraph(text: $0.element, language: language, page: page, lines: LineSpan(first: $0.offset + 1, last: $0.offset + 1))
        }
        let statement = Statement(
            index: 1, speaker: Speaker(label: "President", role: .president, language: language), paragraphs: paragraphs,
            lines: LineSpan(first: 1, last: max(1, lines.count)), pages: LineSpan(first: page, last: page))
        return Record(meeting: Meeting(language: language), statements: [statement], blocks: [.statement(0)])
    }

    // MARK: - Real records

    @Test(SharedFixtures.required, PDFText.required) func resolution2505AdoptedUnanimouslyInSPV8701() throws {
        let text = try #require(PDFText.extract(SharedFixtures.path("pdf/S_PV.8701_E.pdf")))
        let record = RecordLoader.parse(text)
        try #require(record.votes.count == 1)
        let vote = record.votes[0]
        #expect(vote.inFavour == Self.fifteenFor2505)
        #expect(vote.against == [] && vote.abstaining == [])
        #expect(vote.method == "show of hands")
        #expect(vote.draft == "S/2020/27")
        #expect(vote.resolution == "S/RES/2505 (2020)")
    }

    /// The same vote read from the statement's paragraphs, one line of the PDF's text each, as a
    /// parser that attributes the lines to the President gives them.
    @Test(SharedFixtures.required, PDFText.required) func spv8701FromTheStatementsParagraphs() throws {
        let text = try #require(PDFText.extract(SharedFixtures.path("pdf/S_PV.8701_E.pdf")))
        let lines = text.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("The President:") })
        let votes = VoteReader.votes(in: Self.record(statementLines: Array(lines[first...]), page: 2))
        try #require(votes.count == 1)
        #expect(votes[0].inFavour == Self.fifteenFor2505)
        #expect(votes[0].resolution == "S/RES/2505 (2020)")
        #expect(votes[0].draft == "S/2020/27")
        #expect(votes[0].page == 2)
        // It stands at the paragraph that says the vote was taken.
        let taken = try #require(lines[first...].firstIndex { $0.hasPrefix("A vote was taken") })
        #expect(votes[0].position == Vote.Position(block: 0, paragraph: taken - first))
    }

    /// S/PV.8700: an oral amendment rejected 3–7–5, then S/2020/24 adopted 11–0–4 as resolution
    /// 2504 (2020), whose `Abstaining:` list pdftotext gives after the announcement (the second
    /// column of the page).
    @Test(SharedFixtures.required, PDFText.required) func amendmentRejectedThenResolution2504InSPV8700() throws {
        let text = try #require(PDFText.extract(SharedFixtures.path("pdf/S_PV.8700_E.pdf")))
        let votes = RecordLoader.parse(text).votes
        try #require(votes.count == 2)
        #expect(votes[0].inFavour == ["CHN", "RUS", "VNM"])
        #expect(votes[0].against == ["BEL", "DOM", "EST", "FRA", "DEU", "GBR", "USA"])
        #expect(votes[0].abstaining == ["IDN", "NER", "VCT", "ZAF", "TUN"])
        #expect(votes[0].draft == nil)
        #expect(votes[0].resolution == nil)
        #expect(votes[1].inFavour.count == 11)
        #expect(votes[1].against == [])
        #expect(votes[1].abstaining == ["CHN", "RUS", "GBR", "USA"])
        #expect(votes[1].draft == "S/2020/24")
        #expect(votes[1].resolution == "S/RES/2504 (2020)")
    }

    @Test(SharedFixtures.required, PDFText.required, arguments: ["8698", "8702"])
    func meetingsWithoutAVoteHaveNone(number: String) throws {
        let text = try #require(PDFText.extract(SharedFixtures.path("pdf/S_PV.\(number)_E.pdf")))
        #expect(RecordLoader.parse(text).votes.isEmpty)
    }

    @Test func theChineseFixtureHasNoVote() {
        #expect(Fixture.record.votes.isEmpty)
    }

    // MARK: - Chinese

    static let chineseVote = """
    上午10时5分开会。

    通过议程

    议程通过。

    中东局势

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

    上午10时30分散会。
    """

    @Test func chineseVoteThroughTheParser() throws {
        let record = RecordLoader.parse(Self.chineseVote)
        try #require(record.votes.count == 1)
        let vote = record.votes[0]
        #expect(vote.method == "举手表决")
        #expect(vote.inFavour == ["BEL", "DOM", "EST", "FRA", "DEU", "IDN", "NER", "VCT", "ZAF", "TUN", "VNM"])
        #expect(vote.against == [])
        #expect(vote.abstaining == ["CHN", "RUS", "GBR", "USA"])
        #expect(vote.draft == "S/2020/24")
        #expect(vote.resolution == "S/RES/2504 (2020)")
    }

    @Test func chineseFullWidthBracketsAndARejectedDraft() throws {
        let adopted = Self.record(statementLines: [
            "进行了举手表决。", "赞成：", "比利时、中国", "反对：", "无", "弃权：", "无",
            "主席：决议草案获得通过，成为第 2505（2020）号决议。",
        ], language: "zh")
        #expect(VoteReader.votes(in: adopted).first?.resolution == "S/RES/2505 (2020)")
        let rejected = Self.record(statementLines: [
            "进行了举手表决。", "赞成：", "中国、俄罗斯联邦", "反对：", "法国", "弃权：", "无",
            "主席：决议草案未获通过。我们将审议第2504(2020)号决议的执行情况。",
        ], language: "zh")
        let vote = try #require(VoteReader.votes(in: rejected).first)
        #expect(vote.resolution == nil)
        #expect(vote.against == ["FRA"])
    }

    @Test func chineseProseWithVoteWordsIsNoVote() {
        let record = Self.record(statementLines: [
            "我国赞成采取坚定行动，反对任何单边措施，并对此弃权表示遗憾。", "决议草案获得通过，成为第2504(2020)号决议。",
        ], language: "zh")
        #expect(VoteReader.votes(in: record).isEmpty)
    }

    // MARK: - Other languages (assumed forms; see docs/json.md)

    @Test func frenchSpanishRussianArabicLists() throws {
        let french = Self.record(statementLines: [
            "Le Président : Je vais maintenant mettre aux voix le projet de résolution S/2020/24.",
            "Il est procédé au vote à main levée.",
            "Votent pour :", "Belgique, Chine, République dominicaine, Fédération de Russie, Royaume-Uni de",
            "Grande-Bretagne et d’Irlande du Nord, Niger", "Votent contre :", "Néant", "S’abstiennent :", "Néant",
            "Le Président : Le projet de résolution a été adopté à l’unanimité en tant que résolution 2505 (2020).",
        ], language: "fr")
        let f = try #require(VoteReader.votes(in: french).first)
        #expect(f.inFavour == ["BEL", "CHN", "DOM", "RUS", "GBR", "NER"])
        #expect(f.method == "à main levée")
        #expect(f.draft == "S/2020/24")
        #expect(f.resolution == "S/RES/2505 (2020)")

        let spanish = Self.record(statementLines: [
            "Se procede a votación ordinaria.", "Votos a favor:", "Bélgica, China, Federación de Rusia",
            "Votos en contra:", "Ninguno", "Abstenciones:", "Reino Unido de Gran Bretaña e Irlanda del Norte",
            "El Presidente: El proyecto de resolución ha sido aprobado como resolución 2505 (2020).",
        ], language: "es")
        let s = try #require(VoteReader.votes(in: spanish).first)
        #expect(s.inFavour == ["BEL", "CHN", "RUS"] && s.abstaining == ["GBR"])
        #expect(s.resolution == "S/RES/2505 (2020)")

        let russian = Self.record(statementLines: [
            "Проводится голосование поднятием рук.", "Голосовали за:", "Бельгия, Китай, Российская Федерация,",
            "Соединенное Королевство Великобритании и Северной Ирландии", "Голосовали против:", "Нет",
            "Воздержались:", "Нет", "Председатель: Проект резолюции принят единогласно в качестве резолюции 2505 (2020).",
        ], language: "ru")
        let r = try #require(VoteReader.votes(in: russian).first)
        #expect(r.inFavour == ["BEL", "CHN", "RUS", "GBR"])
        #expect(r.method == "поднятием рук")
        #expect(r.resolution == "S/RES/2505 (2020)")

        // pdf.js's Arabic: lam-alef written alef-lam, the resolution's number in visual order.
        let arabic = Self.record(statementLines: [
            "أجري التصويت برفع األيدي.", "المؤيدون:", "بلجيكا، الصين، االتحاد الروسي", "المعارضون:", "ال أحد",
            "الممتنعون:", "ال أحد", "الرئيس: اتخذ مشروع القرار بوصفه القرار )2020( 2505.",
        ], language: "ar")
        let a = try #require(VoteReader.votes(in: arabic).first)
        #expect(a.inFavour == ["BEL", "CHN", "RUS"])
        #expect(a.against == [] && a.abstaining == [])
        #expect(a.resolution == "S/RES/2505 (2020)")
    }

    /// A parser that takes `In favour:` for a speaker label still gives the vote.
    @Test func listHeadingsTakenForLabels() throws {
        func statement(_ index: Int, _ label: String, _ text: String) -> Statement {
            Statement(index: index, speaker: Speaker(label: label, language: "en"),
                      paragraphs: [Paragraph(text: text, language: "en", page: 3, lines: LineSpan(first: index, last: index))],
                      lines: LineSpan(first: index, last: index), pages: LineSpan(first: 3, last: 3))
        }
        let record = Record(
            meeting: Meeting(language: "en"),
            statements: [statement(1, "The President", "A vote was taken by show of hands."),
                         statement(2, "In favour", "Belgium, China, Niger"), statement(3, "Against", "None"),
                         statement(4, "Abstaining", "Russian Federation"),
                         statement(5, "The President", "The draft resolution has been adopted as resolution 2505 (2020).")],
            blocks: (0..<5).map { .statement($0) })
        let vote = try #require(VoteReader.votes(in: record).first)
        #expect(vote.inFavour == ["BEL", "CHN", "NER"] && vote.against == [] && vote.abstaining == ["RUS"])
        #expect(vote.resolution == "S/RES/2505 (2020)")
        #expect(vote.page == 3)
    }

    // MARK: - Damaged input

    @Test func truncatedAndDamagedVotesDoNotCrash() {
        let cases: [([String], Int)] = [
            (["In favour:"], 0),
            (["A vote was taken by show of hands.", "In favour:", "Atlantis, Belgium"], 1),
            (["In favour:", String(repeating: "Belgium, ", count: 2000)], 1),
            (["Against:", "In favour:", ")2020("], 0),
            (["赞成：", "、、、"], 0),
            (["我们赞成：第一，加强合作。"], 0),
            (["In favour: Belgium, China", "adopted as resolution 99999999 (20)."], 1),
        ]
        for (lines, count) in cases {
            let votes = VoteReader.votes(in: Self.record(statementLines: lines))
            #expect(votes.count == count, "\(lines.map { $0.prefix(40) })")
            #expect(votes.allSatisfy { $0.resolution == nil })
        }
        // An unknown name ends the list; nothing after it is taken for a country.
        let stopped = VoteReader.votes(in: Self.record(statementLines: ["In favour:", "Belgium, Atlantis, China"]))
        #expect(stopped.first?.inFavour == ["BEL"])
    }
}
