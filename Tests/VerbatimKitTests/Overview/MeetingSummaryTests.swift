import Testing
@testable import VerbatimKit

/// The overview's figures on the reference record, S/PV.8160.
@Suite struct MeetingSummaryTests {
    let summary = MeetingSummary(record: Fixture.record)

    @Test func countsEveryStatement() {
        #expect(summary.statementCount == 24)
        #expect(summary.speakers.reduce(0) { $0 + $1.statements.count } == 24)
    }

    @Test func sharesAddUpToTheWhole() {
        #expect(summary.speakers.reduce(0) { $0 + $1.percent } == 100)
        let shares = summary.speakers.reduce(0.0) { $0 + $1.share }
        #expect(abs(shares - 1) < 1e-9)
        #expect(summary.speakers.reduce(0) { $0 + $1.characters } == summary.totalCharacters)
        #expect(summary.totalCharacters > 20_000)
    }

    /// Characters are the paragraphs' Unicode scalars, counted on their bytes: the same count
    /// as the text's scalars, for Chinese, Latin, Cyrillic, Arabic and emoji, and for a
    /// paragraph whose text was set.
    @Test func charactersAreTheTextsScalars() {
        let scalars = Fixture.record.statements.flatMap(\.paragraphs).reduce(0) { $0 + $1.text.unicodeScalars.count }
        #expect(summary.totalCharacters == scalars)
        var paragraph = Fixture.record.statements[0].paragraphs[0]
        paragraph.text = "中文 Latin é Кириллица العربية 😀🇨🇳 e\u{301}"
        #expect(paragraph.scalarCount == paragraph.text.unicodeScalars.count)
    }

    @Test func thePresidentsStatementsAreOneRow() {
        let chair = summary.speakers.filter { $0.role == .president }
        #expect(chair.count == 1)
        let presidentStatements = Fixture.record.statements.filter { $0.speaker.role == .president }.map(\.index)
        #expect(chair.first?.statements == presidentStatements)
        #expect(presidentStatements.count > 1)
        // The chair spoke Russian, then English once the chair passed.
        #expect(chair.first?.languages == ["ru", "en"])
    }

    @Test func resolution1540IsCitedInTenStatements() throws {
        let tally = try #require(summary.references.first { $0.id == "S/RES/1540 (2004)" })
        #expect(tally.statements.count == 10)
        #expect(tally.kind == .scResolution)
        // Most widely cited first.
        let counts = summary.references.map(\.statements.count)
        #expect(counts == counts.sorted(by: >))
        #expect(summary.references.prefix(OverviewTop.count).contains { $0.id == "S/RES/1540 (2004)" })
    }

    @Test func theMatrixAgreesWithTheCitingStatements() throws {
        let column = try #require(summary.references.firstIndex { $0.id == "S/RES/1540 (2004)" })
        let citing = Set(summary.references[column].statements)
        for (row, speaker) in summary.speakers.enumerated() {
            #expect(summary.cites(speaker: row, reference: column) == speaker.statements.contains { citing.contains($0) })
        }
        #expect(summary.speakers.indices.contains { summary.cites(speaker: $0, reference: column) })
        #expect(summary.speakers.indices.contains { !summary.cites(speaker: $0, reference: column) })
    }

    @Test func kindTotalsCountEveryReference() {
        #expect(summary.kindTotals.map(\.kind) == CitedKind.allCases)
        #expect(summary.kindTotals.reduce(0) { $0 + $1.references } == Fixture.record.references.count)
        #expect(summary.kindTotals.first { $0.kind == .scResolution }!.references >= 2)
    }

    @Test func theMeetingRunsFromTenTwentyToOne() throws {
        let times = summary.times
        #expect(times.opened?.description == "10:20")
        #expect(times.closed?.description == "13:00")
        #expect(times.suspensions.isEmpty)
        #expect(times.sitting == 160)
        #expect(ClockTime.duration(try #require(times.sitting)) == "2 h 40 min")
    }
}

/// How many references the overview lists: S/RES/1540 must be among them.
private enum OverviewTop {
    static let count = 5
}

@Suite struct MeetingTimesTests {
    @Test func suspensionsAreTakenOffTheSitting() {
        let line = { (kind: ProceduralLine.Kind, text: String) in
            ProceduralLine(kind: kind, text: text, page: 1, lines: LineSpan(first: 1, last: 1))
        }
        let record = Record(meeting: Meeting(language: "zh"), procedural: [
            line(.opening, "上午10时开会。"),
            line(.suspension, "会议于下午1时10分暂停，下午3时复会。"),
            line(.suspension, "下午4时休会。"),
            line(.resumption, "下午4时30分复会。"),
            line(.closing, "下午6时散会。"),
        ])
        let times = MeetingTimes(record: record)
        #expect(times.opened?.description == "10:00")
        #expect(times.closed?.description == "18:00")
        #expect(times.suspensions.map { "\($0.from!)–\($0.to!)" } == ["13:10–15:00", "16:00–16:30"])
        #expect(times.elapsed == 480)
        #expect(times.suspended == 140)
        #expect(times.sitting == 340)
        #expect(times.suspensionsComplete)
    }

    @Test func anOpenEndedSuspensionIsSaid() {
        let record = Record(meeting: Meeting(language: "en"), procedural: [
            ProceduralLine(kind: .opening, text: "The meeting was called to order at 10.05 a.m.", page: 1, lines: LineSpan(first: 1, last: 1)),
            ProceduralLine(kind: .suspension, text: "The meeting was suspended at 11.50 a.m.", page: 1, lines: LineSpan(first: 2, last: 2)),
            ProceduralLine(kind: .closing, text: "The meeting rose at 1 p.m.", page: 1, lines: LineSpan(first: 3, last: 3)),
        ])
        let times = MeetingTimes(record: record)
        #expect(times.opened?.description == "10:05")
        #expect(times.closed?.description == "13:00")
        #expect(!times.suspensionsComplete)
        #expect(times.sitting == 175)
    }

    @Test func theCoverTimesServeWithoutProceduralLines() {
        let record = Record(meeting: Meeting(language: "zh", openedAt: "下午3时", closedAt: "下午5时45分"))
        let times = MeetingTimes(record: record)
        #expect(times.opened?.description == "15:00")
        #expect(times.sitting == 165)
    }

    @Test func aMeetingPastMidnightIsNotNegative() {
        let times = MeetingTimes(opened: ClockTime(hour: 22, minute: 30), closed: ClockTime(hour: 1, minute: 15))
        #expect(times.elapsed == 165)
    }
}

@Suite struct ClockTimeReaderTests {
    func read(_ text: String, _ language: String) -> [String] {
        ClockTimeReader.times(in: text, language: language).map(\.description)
    }

    @Test func chinese() {
        #expect(read("上午10时20分开会。", "zh") == ["10:20"])
        #expect(read("下午1时散会。", "zh") == ["13:00"])
        #expect(read("会议于下午1时10分暂停，下午3时复会。", "zh") == ["13:10", "15:00"])
        #expect(read("中午12时5分散会。", "zh") == ["12:05"])
        #expect(read("会议历时2小时。", "zh") == [])
    }

    @Test func englishFromTheRealRecord() {
        #expect(read("The meeting was called to order at 3.10 p.m.", "en") == ["15:10"])
        #expect(read("The meeting rose at 5.20 p.m.", "en") == ["17:20"])
        #expect(read("The meeting was suspended at 1.05 p.m. and resumed at 3 p.m.", "en") == ["13:05", "15:00"])
        #expect(read("The meeting rose at noon.", "en") == ["12:00"])
        #expect(read("The meeting was called to order at 12.30 a.m.", "en") == ["00:30"])
    }

    @Test func frenchSpanishRussianArabicFromTheRealRecords() {
        #expect(read("La séance est ouverte à 15 h 10.", "fr") == ["15:10"])
        #expect(read("La séance est levée à 13 heures.", "fr") == ["13:00"])
        #expect(read("Se declara abierta la sesión a las 15.10 horas.", "es") == ["15:10"])
        #expect(read("Se levanta la sesión a las 17.20 horas.", "es") == ["17:20"])
        #expect(read("Заседание открывается в 15 ч 10 мин.", "ru") == ["15:10"])
        #expect(read("Заседание закрывается в 10 ч. 05 м.", "ru") == ["10:05"])
        #expect(read(".15/10 افتتحت الجلسة الساعة", "ar") == ["15:10"])
        #expect(read("رفعت الجلسة الساعة ١٧/٢٠.", "ar") == ["17:20"])
    }

    @Test func nothingThatIsNotATime() {
        #expect(read("S/RES/1540 (2004)", "ar") == [])
        #expect(read("The Council has 15 members.", "en") == [])
        #expect(read("Les 10 hommes", "fr") == [])
        #expect(read("La séance est ouverte à 25 h 10.", "fr") == [])
    }

    @Test func aLineInAnotherLanguageIsStillRead() {
        #expect(read("The meeting rose at 5.20 p.m.", "zh") == ["17:20"])
    }
}

@Suite struct OverviewFiguresTests {
    @Test func percentagesAlwaysAddUpToAHundred() {
        #expect(MeetingSummary.percentages([1, 1, 1]) == [34, 33, 33])
        #expect(MeetingSummary.percentages([0, 0]) == [0, 0])
        #expect(MeetingSummary.percentages([5]) == [100])
        #expect(MeetingSummary.percentages([999, 1]).reduce(0, +) == 100)
    }

    @Test func weekdays() {
        #expect(MeetingSummary.weekday(isoDate: "2018-01-18") == 4)  // a Thursday
        #expect(MeetingSummary.weekday(isoDate: "2026-03-23") == 1)  // a Monday
        #expect(MeetingSummary.weekday(isoDate: "2000-02-29") == 2)
        #expect(MeetingSummary.weekday(isoDate: "2018-13-01") == nil)
        #expect(MeetingSummary.weekdayName(4) == "Thursday")
    }

    @Test func meetingRecordsAreTheirOwnKind() {
        #expect(CitedKind(Reference(id: "S/PV.3046", kind: .document, url: nil, mentions: 1, statements: [1])) == .record)
        #expect(CitedKind(Reference(id: "A/75/PV.11", kind: .document, url: nil, mentions: 1, statements: [1])) == .record)
        #expect(CitedKind(Reference(id: "S/2018/4", kind: .document, url: nil, mentions: 1, statements: [1])) == .document)
    }
}
