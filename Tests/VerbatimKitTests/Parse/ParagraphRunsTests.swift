import Testing
@testable import VerbatimKit

/// Searching all of a record's paragraphs at once, a run of adjacent paragraphs at a time.
@Suite struct ParagraphRunsTests {
    /// A record whose statements' paragraphs are written one after the other into one buffer,
    /// as the parser writes them: `statements[s]` holds the texts of statement `s`.
    private func record(_ statements: [[String]], roles: [Speaker.Role]? = nil) -> Record {
        let total = statements.joined().reduce(0) { $0 + $1.utf8.count }
        let buffer = TextBuffer(capacity: total)
        var built: [Statement] = []
        for (s, texts) in statements.enumerated() {
            let paragraphs = texts.map { text -> Paragraph in
                let range = buffer.append(capacity: text.utf8.count) { out in
                    for (k, byte) in text.utf8.enumerated() { out[k] = byte }
                    return text.utf8.count
                }
                return Paragraph(buffer: buffer, range: range, language: "zh", page: 1, lines: LineSpan(first: 1, last: 1))
            }
            let role = roles?[s] ?? .speaker
            built.append(Statement(
                index: s + 1, speaker: Speaker(label: "X", role: role, language: "zh"), paragraphs: paragraphs,
                lines: LineSpan(first: 1, last: 1), pages: LineSpan(first: 1, last: 1)))
        }
        return Record(
            meeting: Meeting(language: "zh"), agenda: [], procedural: [], statements: built,
            blocks: built.indices.map { .statement($0) }, references: [], unattributed: [], warnings: [])
    }

    /// Every (statement, paragraph, offset, needle) where a needle is written inside one
    /// paragraph, found the slow way: each paragraph alone, each offset, the first needle.
    private func naiveHits(_ record: Record, _ needles: [[UInt8]]) -> [[Int]] {
        var hits: [[Int]] = []
        for (s, statement) in record.statements.enumerated() {
            for (p, paragraph) in statement.paragraphs.enumerated() {
                let bytes = Array(paragraph.text.utf8)
                for at in bytes.indices {
                    if let k = needles.firstIndex(where: { !$0.isEmpty && bytes[at...].starts(with: $0) }) {
                        hits.append([s, p, at, k])
                    }
                }
            }
        }
        return hits
    }

    private func hits(_ runs: ParagraphRuns, _ needles: [[UInt8]]) -> [[Int]] {
        var hits: [[Int]] = []
        runs.forEachHit(ofAny: needles) { location, _, at, k in
            hits.append([Int(location.statement), Int(location.paragraph), at, k])
            return true
        }
        return hits
    }

    @Test func aWordAcrossTwoParagraphsIsNotInTheText() {
        let record = record([["安全理事会赞", "成：中国"], ["赞成：法国"]])
        let runs = ParagraphRuns(record)
        #expect(hits(runs, [Array("赞成".utf8)]) == [[1, 0, 0, 0]])
        #expect(hits(runs, [Array("赞成".utf8)]) == naiveHits(record, [Array("赞成".utf8)]))
    }

    @Test func aShorterNeedleAtTheSameOffsetIsFoundWhenTheLongerOneCrossesTheEnd() {
        // `In favour` starts where `In favor` does, but runs into the next paragraph.
        let record = record([["Result: In favo", "ur of it"], ["In favor: France"]])
        let needles = [Array("In favour".utf8), Array("In favor".utf8), Array("In favo".utf8)]
        #expect(hits(ParagraphRuns(record), needles) == [[0, 0, 8, 2], [1, 0, 0, 1]])
        #expect(hits(ParagraphRuns(record), needles) == naiveHits(record, needles))
    }

    @Test func onlyTheStatementsTakenAreSearched() {
        let record = record([["赞成：中国"], ["赞成：法国"], ["赞成：英国"]], roles: [.president, .speaker, .president])
        let presidents = ParagraphRuns(record) { $0.speaker.role == .president }
        #expect(presidents.paragraphs(holdingAny: [Array("赞成".utf8)]).map { Int($0.statement) } == [0, 2])
    }

    @Test func runsRestrictedToSomeStatementsAreThoseMadeOfThem() {
        var generator = SplitMix(seed: 5)
        let alphabet = Array("ab赞成".unicodeScalars).map(String.init)
        let needles = [Array("ab".utf8), Array("赞成".utf8), Array("b赞".utf8)]
        for _ in 0..<12 {
            let count = Int(generator.next() % 6 + 1)
            let statements = (0..<count).map { _ in
                (0..<Int(generator.next() % 4)).map { _ in
                    String((0..<Int(generator.next() % 24)).map { _ in alphabet[Int(generator.next() % 4)] }.joined())
                }
            }
            let roles: [Speaker.Role] = (0..<count).map { _ in generator.next() % 2 == 0 ? .president : .speaker }
            let record = record(statements, roles: roles)
            let restricted = ParagraphRuns(record).restricted { roles[$0] == .president }
            let made = ParagraphRuns(record) { $0.speaker.role == .president }
            #expect(hits(restricted, needles) == hits(made, needles))
            #expect(hits(restricted, needles) == naiveHits(record, needles).filter { roles[$0[0]] == .president })
        }
    }

    @Test func eachParagraphIsListedOnceInReadingOrder() {
        let record = record([["决议决议", "无", "决议"], ["决议"]])
        let found = ParagraphRuns(record).paragraphs(holdingAny: [Array("决议".utf8)])
        #expect(found.map { [Int($0.statement), Int($0.paragraph)] } == [[0, 0], [0, 2], [1, 0]])
    }

    @Test func stoppingEndsTheSearch() {
        let record = record([["赞成", "赞成"], ["赞成"]])
        var seen = 0
        let finished = ParagraphRuns(record).forEachHit(of: Array("赞成".utf8)) { _, _, _ in
            seen += 1
            return seen < 2
        }
        #expect(!finished)
        #expect(seen == 2)
    }

    @Test func randomTextsGiveTheHitsOfASearchParagraphByParagraph() {
        // A small alphabet makes many near misses; the needles share first and last bytes,
        // and paragraphs are long enough for the 32-byte blocks and short enough for the tail.
        var generator = SplitMix(seed: 11)
        let alphabet = Array("ab赞成:".unicodeScalars).map(String.init)
        let needles = [Array("ab".utf8), Array("赞成".utf8), Array("a".utf8), Array("bab:".utf8), Array("成:赞".utf8), []]
        for _ in 0..<40 {
            let statements = (0..<Int(generator.next() % 4 + 1)).map { _ in
                (0..<Int(generator.next() % 5 + 1)).map { _ in
                    String((0..<Int(generator.next() % 90)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined())
                }
            }
            let record = record(statements)
            #expect(hits(ParagraphRuns(record), needles) == naiveHits(record, needles))
            #expect(hits(ParagraphRuns(record), [needles[1]]) == naiveHits(record, [needles[1]]))
        }
    }

    @Test func theFixturesParagraphsHoldingAWordAreThoseASearchOfEachFinds() {
        let record = Fixture.record
        let word = Array("决议".utf8)
        let expected = record.statements.enumerated().flatMap { s, statement in
            statement.paragraphs.enumerated().compactMap { p, paragraph in
                paragraph.text.utf8.firstRange(of: word) == nil ? nil : [s, p]
            }
        }
        let found = ParagraphRuns(record).paragraphs(holdingAny: [word]).map { [Int($0.statement), Int($0.paragraph)] }
        #expect(!expected.isEmpty)
        #expect(found == expected)
    }
}
