import Testing
@testable import VerbatimKit

/// Statements of language versions lined up by the sequence of speakers.
@Suite struct VersionAlignmentTests {
    /// A speaker in a synthetic version: role, country code and label.
    private typealias Who = (role: Speaker.Role, code: String?, label: String)

    private func record(_ language: String, _ speakers: [Who]) -> Record {
        let statements = speakers.enumerated().map { i, who in
            Statement(
                index: i + 1,
                speaker: Speaker(label: who.label, role: who.role, countryCode: who.code, language: language),
                paragraphs: [Paragraph(text: "text", language: language, page: 2, lines: LineSpan(first: i + 1, last: i + 1))],
                lines: LineSpan(first: i + 1, last: i + 1), pages: LineSpan(first: 2, last: 2))
        }
        return Record(meeting: Meeting(symbol: "S/PV.1", language: language), statements: statements)
    }

    private let english: [Who] = [
        (.president, nil, "The President"), (.speaker, nil, "Ms. DiCarlo"), (.speaker, "RUS", "Mr. Nebenzia (Russian Federation)"),
        (.speaker, "FRA", "Mr. Dharmadhikari (France)"), (.president, nil, "The President"), (.speaker, "USA", "Mr. Waltz (United States of America)"),
    ]

    @Test func equalSequencesLineUpOneToOne() {
        let french: [Who] = [
            (.president, nil, "Le Président"), (.speaker, nil, "Mme DiCarlo"), (.speaker, "RUS", "M. Nebenzia (Fédération de Russie)"),
            (.speaker, "FRA", "M. Dharmadhikari (France)"), (.president, nil, "Le Président"), (.speaker, "USA", "M. Waltz (États-Unis d’Amérique)"),
        ]
        let alignment = VersionAlignment(statementsOf: [record("en", english), record("fr", french)])
        #expect(alignment.rows == (0..<6).map { [$0, $0] })
        #expect(alignment.completeRows == 6)
    }

    @Test func aStatementMissingFromOneVersionHasNoCounterpart() {
        // The French version lacks the statement of France.
        let french: [Who] = [
            (.president, nil, "Le Président"), (.speaker, nil, "Mme DiCarlo"), (.speaker, "RUS", "M. Nebenzia (Fédération de Russie)"),
            (.president, nil, "Le Président"), (.speaker, "USA", "M. Waltz (États-Unis d’Amérique)"),
        ]
        let alignment = VersionAlignment(statementsOf: [record("en", english), record("fr", french)])
        #expect(alignment.rows == [[0, 0], [1, 1], [2, 2], [3, nil], [4, 3], [5, 4]])
        #expect(alignment.completeRows == 5)
        #expect(alignment.row(of: 3, in: 1) == 4)
    }

    @Test func countryCodesDecideBetweenSpeakers() {
        // Russian has the United States where English has France: neither is the other.
        let russian: [Who] = [
            (.president, nil, "Председатель"), (.speaker, nil, "Г-жа Дикарло"), (.speaker, "RUS", "Г-н Небензя"),
            (.speaker, "USA", "Г-н Уолц"), (.president, nil, "Председатель"), (.speaker, "USA", "Г-н Уолц"),
        ]
        let alignment = VersionAlignment(statementsOf: [record("en", english), record("ru", russian)])
        #expect(alignment.rows.filter { $0[0] == 3 } == [[3, nil]])
        #expect(alignment.rows.filter { $0[1] == 3 } == [[nil, 3]])
        #expect(alignment.completeRows == 5)
    }

    @Test func threeVersionsShareRows() {
        let french: [Who] = [(.president, nil, "Le Président"), (.speaker, nil, "Mme DiCarlo"), (.speaker, "RUS", "M. Nebenzia")]
        let spanish: [Who] = [(.president, nil, "El Presidente"), (.speaker, "RUS", "Sr. Nebenzia")]
        let alignment = VersionAlignment(statementsOf: [
            record("en", Array(english.prefix(3))), record("fr", french), record("es", spanish),
        ])
        #expect(alignment.rows == [[0, 0, 0], [1, 1, nil], [2, 2, 1]])
    }

    @Test func speakersMatchByRoleAndCode() {
        let president = Speaker(label: "The President", role: .president, language: "en")
        let président = Speaker(label: "Le Président (parle en anglais)", role: .president, language: "fr")
        let france = Speaker(label: "M. X (France)", country: "France", countryCode: "FRA", language: "fr")
        let china = Speaker(label: "Mr. Fu (China)", country: "China", countryCode: "CHN", language: "en")
        let uncoded = Speaker(label: "Mr. Fu (China)", country: "China", language: "en")
        let otherUncoded = Speaker(label: "Mr. Y (Chile)", country: "Chile", language: "en")
        #expect(SpeakerMatch.matches(president, président, sameLanguage: false))
        #expect(!SpeakerMatch.matches(president, china, sameLanguage: true))
        #expect(!SpeakerMatch.matches(france, china, sameLanguage: false))
        // Without codes, one language compares the country as written…
        #expect(SpeakerMatch.matches(uncoded, Speaker(label: "Mr. Fu", country: "china", language: "en"), sameLanguage: true))
        #expect(!SpeakerMatch.matches(uncoded, otherUncoded, sameLanguage: true))
        // …and two languages leave it to the order of statements; a code never matches its absence.
        #expect(SpeakerMatch.matches(uncoded, Speaker(label: "M. Y (Chili)", country: "Chili", language: "fr"), sameLanguage: false))
        #expect(!SpeakerMatch.matches(uncoded, france, sameLanguage: false))
    }
}

/// Paragraphs of one statement in several versions, put into groups.
@Suite struct ParagraphAlignmentTests {
    @Test func equalCountsGoOneToOne() {
        let groups = ParagraphAlignment.groups(lengths: [[300, 20, 80], [340, 25, 70]])
        #expect(groups == [[0..<1, 0..<1], [1..<2, 1..<2], [2..<3, 2..<3]])
    }

    @Test func aParagraphSplitInTwoIsGroupedByLength() {
        // The second version splits the middle paragraph in two.
        let pairs = ParagraphAlignment.pairs([100, 200, 100], [110, 90, 110, 100])
        #expect(pairs.map { [$0.0, $0.1] } == [[0..<1, 0..<1], [1..<2, 1..<3], [2..<3, 3..<4]])
        // The same, seen from the other side.
        let reversed = ParagraphAlignment.pairs([110, 90, 110, 100], [100, 200, 100])
        #expect(reversed.map { [$0.0, $0.1] } == [[0..<1, 0..<1], [1..<3, 1..<2], [3..<4, 2..<3]])
    }

    @Test func groupsTileEveryVersion() {
        var generator = SplitMix(seed: 4)
        for _ in 0..<200 {
            let lengths = (0..<3).map { _ in (0..<Int(generator.next() % 7)).map { _ in Int(generator.next() % 400) } }
            let groups = ParagraphAlignment.groups(lengths: lengths)
            for v in lengths.indices {
                let ranges = groups.map { $0[v] }
                #expect(ranges.first?.lowerBound ?? 0 == 0)
                #expect(ranges.last?.upperBound ?? 0 == lengths[v].count, "\(lengths)")
                #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "\(lengths)")
            }
            if lengths.contains(where: { !$0.isEmpty }) { #expect(!groups.isEmpty) }
        }
    }

    @Test func longStatementsAreGroupedInOnePassWhereSharesMeet() {
        // Too many paragraphs for the table: 900 against 600 of equal length. Every group ends
        // where the running shares differ by less than one paragraph: nothing drifts.
        let pairs = ParagraphAlignment.pairs([Int](repeating: 10, count: 900), [Int](repeating: 10, count: 600))
        #expect(pairs.count <= 600 && pairs.count >= 300)
        #expect(pairs.allSatisfy { abs(Double($0.0.upperBound) / 900 - Double($0.1.upperBound) / 600) < 1.0 / 600 })
        #expect(pairs.last?.0.upperBound == 900 && pairs.last?.1.upperBound == 600)
        // Unequal runs still tile both sides.
        var generator = SplitMix(seed: 12)
        let a = (0..<700).map { _ in Int(generator.next() % 300) }, b = (0..<520).map { _ in Int(generator.next() % 300) }
        let tiled = ParagraphAlignment.pairs(a, b)
        #expect(tiled.map(\.0.count).reduce(0, +) == 700 && tiled.map(\.1.count).reduce(0, +) == 520)
        #expect(zip(tiled, tiled.dropFirst()).allSatisfy { $0.0.upperBound == $1.0.lowerBound && $0.1.upperBound == $1.1.lowerBound })
        #expect(tiled.allSatisfy { !$0.0.isEmpty || !$0.1.isEmpty })
    }

    @Test func threeVersionsBreakOnlyWhereAllAgree() {
        // The second version merges the first two paragraphs; the third splits the last.
        let groups = ParagraphAlignment.groups(lengths: [[100, 100, 200], [210, 190], [95, 105, 100, 100]])
        #expect(groups == [[0..<2, 0..<1, 0..<2], [2..<3, 1..<2, 2..<4]])
    }
}
