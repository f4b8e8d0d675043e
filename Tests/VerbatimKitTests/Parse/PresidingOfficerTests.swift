import Testing
@testable import VerbatimKit

// Who is in the chair at each of the presiding officer's statements.

@Test func theChairPassesAtStatementNineOfTheFixture() throws {
    let record = Fixture.record
    let presidents = record.statements.filter { $0.speaker.role == .president }
    #expect(presidents.count >= 3)
    for statement in presidents {
        let person = try #require(statement.speaker.person, "statement \(statement.index)")
        // Statement 9 hands the chair over: before and at it the President of Kazakhstan, after it
        // the Minister for Foreign Affairs.
        if statement.index <= 9 {
            #expect(person.name.hasPrefix("纳扎尔巴耶夫"), "statement \(statement.index): \(person.name)")
        } else {
            #expect(person.name == "阿卜杜拉赫曼诺夫先生", "statement \(statement.index): \(person.name)")
        }
        #expect(person.country == "哈萨克斯坦")
    }
    // Other speakers have no chair person.
    #expect(record.statements.allSatisfy { $0.speaker.role == .president || $0.speaker.person == nil })
}

@Test func handOversAreReadInTheOfficersOwnWords() {
    let record = WrittenCountries(Record(meeting: Meeting(language: "en"), agenda: [], procedural: [], statements: [], blocks: [], references: [], unattributed: [], warnings: []))
    let english = PresidingOfficers.handOver(
        "My work will be taken over by Mr. Kairat Abdrakhmanov, Minister for Foreign Affairs of Kazakhstan.", countries: record)
    #expect(english == PresidingOfficer(name: "Mr. Abdrakhmanov", country: "Kazakhstan"))
    let chinese = PresidingOfficers.handOver("我的工作将由哈萨克斯坦外交部长凯拉特•阿卜杜拉赫曼诺夫先生接替。", countries: record)
    #expect(chinese == PresidingOfficer(name: "阿卜杜拉赫曼诺夫先生", country: "哈萨克斯坦"))
    let note = PresidingOfficers.tookTheChair("(Mr. Umarov (Kazakhstan), Vice-President, took the Chair.)", countries: record)
    #expect(note == PresidingOfficer(name: "Mr. Umarov", country: "Kazakhstan"))
    // Sentences that hand nothing over give nothing.
    #expect(PresidingOfficers.handOver("I thank the Secretary-General for his briefing.", countries: record) == nil)
    #expect(PresidingOfficers.handOver("由于计划中的双边安排，我现在不得不离开这次会议。", countries: record) == nil)
}

@Test func theCoversPresidentOpensTheChair() {
    func statement(_ index: Int, _ role: Speaker.Role, _ text: String) -> Statement {
        Statement(index: index, speaker: Speaker(label: role == .president ? "The President" : "Mr. Smith (France)", role: role, language: "en"),
                  paragraphs: [Paragraph(text: text, language: "en", page: 1, lines: LineSpan(first: index, last: index))],
                  lines: LineSpan(first: index, last: index), pages: LineSpan(first: 1, last: 1))
    }
    var record = Record(
        meeting: Meeting(presidents: [PresidingOfficer(name: "Mr. Doe", country: "Denmark")], language: "en"),
        agenda: [], procedural: [],
        statements: [
            statement(1, .president, "I welcome everyone. My work will be taken over by Ms. Jane Roe, Minister for Foreign Affairs of Denmark."),
            statement(2, .speaker, "I thank the President."),
            statement(3, .president, "I give the floor to the next speaker."),
        ],
        blocks: [], references: [], unattributed: [], warnings: [])
    PresidingOfficers.identify(in: &record)
    #expect(record.statements.map { $0.speaker.person?.name } == ["Mr. Doe", nil, "Ms. Roe"])
}

@Test func aLargeRecordsChairsAndVotesReadSideBySideAreThoseReadOneAfterTheOther() throws {
    // Fifteen copies of the fixture hold more than a megabyte of statement text: the chair and
    // the votes are read side by side.
    let record = RecordLoader.parse(String(repeating: Fixture.text, count: 15))
    #expect(record.statements.count == 15 * Fixture.record.statements.count)
    #expect(record.votes.count == 15 * Fixture.record.votes.count)
    var sequential = record
    for k in sequential.statements.indices { sequential.statements[k].speaker.person = nil }
    sequential.votes = []
    PresidingOfficers.identify(in: &sequential)
    VoteReader.read(&sequential)
    #expect(record.statements.map(\.speaker.person) == sequential.statements.map(\.speaker.person))
    #expect(record.votes == sequential.votes)
    // Each copy's President is named as in the fixture alone.
    let named = record.statements.filter { $0.speaker.role == .president }.compactMap(\.speaker.person?.name)
    let alone = Fixture.record.statements.filter { $0.speaker.role == .president }.compactMap(\.speaker.person?.name)
    #expect(!alone.isEmpty)
    #expect(named.count == 15 * alone.count)
}

@Test func onlyParagraphsWithAHandOversWordsAreRead() {
    // The byte test that spares a `String` per paragraph finds each form's closing words.
    for text in ["我的工作将由某某先生接替。", "由副主席代行主席职务。", "请某某先生主持会议。", "My work will be taken over by Mr. X.",
                 "I now hand over the Chair to Ms. Y.", "I give the Chair to Mr. Z.", "Before handing over the Chair to Mr. W, I thank you."] {
        var utf8 = Array(text.utf8)
        #expect(utf8.withUnsafeBufferPointer { PresidingOfficers.holdsAny(PresidingOfficers.handOverEnds, $0) }, "\(text)")
        utf8 = Array("由于计划中的双边安排，我现在不得不离开这次会议。".utf8)
        #expect(!utf8.withUnsafeBufferPointer { PresidingOfficers.holdsAny(PresidingOfficers.handOverEnds, $0) })
    }
    // Every form `handOver` reads passes the byte test.
    for phrase in PresidingOfficers.latinHandOvers + PresidingOfficers.chineseHandOvers.map(\.1) {
        let utf8 = Array(phrase.utf8)
        #expect(utf8.withUnsafeBufferPointer { PresidingOfficers.holdsAny(PresidingOfficers.handOverEnds, $0) }, "\(phrase)")
    }
}
