import Foundation
import Testing
@testable import VerbatimKit

/// Paragraphs are byte ranges of their record's shared text buffer.
@Suite struct SharedTextTests {
    @Test func parsedParagraphsReadTheirOwnBytes() {
        var total = 0
        for statement in Fixture.record.statements {
            for paragraph in statement.paragraphs {
                let text = paragraph.text
                #expect(!text.isEmpty)
                #expect(paragraph.utf8Count == text.utf8.count)
                #expect(paragraph.withUTF8 { String(decoding: $0, as: UTF8.self) } == text)
                total += paragraph.utf8Count
            }
        }
        // The paragraphs hold the fixture's text without its line ends and blank lines.
        #expect(total > Fixture.text.utf8.count / 2 && total < Fixture.text.utf8.count)
    }

    @Test func citationOffsetsFallInsideTheirParagraph() {
        for statement in Fixture.record.statements {
            for paragraph in statement.paragraphs {
                let scalars = Array(paragraph.text.unicodeScalars)
                for citation in paragraph.references {
                    #expect(citation.start >= 0 && citation.end <= scalars.count && citation.start < citation.end)
                    let written = String(String.UnicodeScalarView(scalars[citation.start..<citation.end]))
                    #expect(written.filter { !$0.isWhitespace } == citation.text.filter { !$0.isWhitespace })
                }
            }
        }
    }

    @Test func equalityIsByContent() throws {
        let parsed = try #require(Fixture.record.statements.first?.paragraphs.first)
        let rebuilt = Paragraph(
            text: parsed.text, language: parsed.language, page: parsed.page, references: parsed.references,
            lines: parsed.lines)
        #expect(rebuilt == parsed)
        var changed = rebuilt
        changed.text += "。"
        #expect(changed != parsed)
        var shorter = parsed
        shorter.text = String(parsed.text.dropLast())
        #expect(shorter != parsed)
        #expect(shorter.utf8Count < parsed.utf8Count)
    }

    @Test func settingTheTextOfACopyLeavesTheOriginal() throws {
        let statement = try #require(Fixture.record.statements.dropFirst().first)
        let original = statement.paragraphs[0].text
        var copy = statement.paragraphs[0]
        copy.text = "替换的文字"
        #expect(copy.text == "替换的文字")
        #expect(copy.utf8Count == "替换的文字".utf8.count)
        #expect(statement.paragraphs[0].text == original)
        #expect(Fixture.record.statements[1].paragraphs[0].text == original)
    }

    @Test func jsonKeepsItsKeysAndRoundTrips() throws {
        let paragraph = try #require(Fixture.record.statements.first(where: { $0.paragraphs.contains { !$0.references.isEmpty } })?
            .paragraphs.first { !$0.references.isEmpty })
        let data = try JSONEncoder().encode(paragraph)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["text", "language", "page", "references", "lines"])
        #expect(object["text"] as? String == paragraph.text)
        let decoded = try JSONDecoder().decode(Paragraph.self, from: data)
        #expect(decoded == paragraph)
    }

    @Test func citationsAreRangesOfTheirParagraphsBuffer() throws {
        var count = 0
        for statement in Fixture.record.statements {
            for paragraph in statement.paragraphs {
                let (buffer, offset) = paragraph.textLocation
                let end = offset + paragraph.utf8Count
                for citation in paragraph.references {
                    count += 1
                    citation.withUTF8 { bytes in
                        // Inside the paragraph's bytes of the same buffer, no copy.
                        let inParagraph = buffer.bytes(offset..<end)
                        #expect(bytes.baseAddress! >= inParagraph.baseAddress! && bytes.baseAddress! + bytes.count <= inParagraph.baseAddress! + inParagraph.count)
                        #expect(String(decoding: bytes, as: UTF8.self) == citation.text)
                    }
                }
            }
        }
        #expect(count > 100)
    }

    @Test func aCitationIsEqualByContentRoundTripsAndTakesANewText() throws {
        let parsed = try #require(Fixture.record.statements.lazy.flatMap(\.paragraphs).first { !$0.references.isEmpty }?.references.first)
        let rebuilt = Citation(id: parsed.id, kind: parsed.kind, text: parsed.text, start: parsed.start, end: parsed.end)
        #expect(rebuilt == parsed)
        let data = try JSONEncoder().encode(parsed)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["id", "kind", "text", "start", "end"])
        #expect(object["text"] as? String == parsed.text)
        #expect(try JSONDecoder().decode(Citation.self, from: data) == parsed)
        var changed = parsed
        changed.text = "《条约》"
        #expect(changed.text == "《条约》" && changed != parsed)
        #expect(Fixture.record.statements.lazy.flatMap(\.paragraphs).first { !$0.references.isEmpty }?.references.first?.text == parsed.text)
        var moved = parsed
        moved.end += 1
        #expect(moved != parsed)
    }

    @Test func bufferAppendsGrowAndKeepEarlierRanges() {
        let buffer = TextBuffer(capacity: 4)
        var ranges: [Range<Int>] = []
        for k in 0..<50 {
            let text = Array("段落\(k)".utf8)
            ranges.append(buffer.append(capacity: text.count + 3) { out in
                for (i, b) in text.enumerated() { out[i] = b }
                return text.count
            })
        }
        for (k, range) in ranges.enumerated() { #expect(buffer.string(range) == "段落\(k)") }
        buffer.truncate(to: ranges[10].lowerBound)
        #expect(buffer.count == ranges[10].lowerBound)
    }
}
