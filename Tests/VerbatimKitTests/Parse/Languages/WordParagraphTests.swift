import Testing
@testable import VerbatimKit

/// Hard-wrapped text in a proportional font: lines joined with spaces, line-end hyphens, and
/// paragraph ends at short lines that end sentences.
@Suite struct WordParagraphTests {
    /// A statement of two paragraphs set at about 80 columns.
    static let text = """
        Ms. DiCarlo: It is more than four years since the full-scale invasion began, and the
        violence is worse than ever. The Under-Secretary-General for Humanitarian Affairs and Under-
        Secretary-General Fletcher have verified that in the region this month the resolu-
        tion was not implemented at all, as reports of the Office published this week show.
        Attacks have continued this month.
        Over the winter, damage to the energy infrastructure brought the country’s energy grid
        to the brink of total collapse, according to the authorities, and repairs will take
        a long time. The findings of the Commission, presented on 12 March, are concerning,
        and the document S/2026/
        123 says so.
        """

    @Test func linesAreJoinedAndHyphensResolved() throws {
        let s = LanguageInput.parse(Self.text, profile: .english).statements
        let paragraphs = try #require(s.first?.paragraphs)
        #expect(paragraphs.count == 2)
        let first = paragraphs[0].text
        #expect(first.hasPrefix("It is more than four years since the full-scale invasion began, and the violence"))
        #expect(first.contains("and Under-Secretary-General Fletcher"))
        #expect(first.contains("the resolution was not implemented"))
        // A full line that ends a sentence does not end the paragraph.
        #expect(first.contains("this week show. Attacks"))
        #expect(first.hasSuffix("Attacks have continued this month."))
        #expect(paragraphs[1].text.contains("document S/2026/123 says so."))
        #expect(!paragraphs[1].text.contains("  "))
    }

    @Test func aShortLineMidSentenceDoesNotEndTheParagraph() throws {
        let text = """
            Mr. Ahmad (Pakistan): We welcome you, Mr. President, and we thank the briefers for their
            very detailed and factual briefings on the situation, which we followed closely and
            with concern,
            and we wish to make three points about the humanitarian situation on the ground.
            """
        let s = LanguageInput.parse(text, profile: .english).statements
        #expect(s.first?.paragraphs.count == 1)
    }
}
