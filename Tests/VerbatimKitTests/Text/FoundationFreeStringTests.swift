import Foundation
import Testing
@testable import VerbatimKit

/// The standard-library stand-ins for Foundation's string methods (the browser loads no full
/// Foundation) give what Foundation gives, on text of the kinds the records hold.
@Suite struct FoundationFreeStringTests {
    static let samples = [
        "", " ", "\t", "  a b  ", "\u{A0}主席\u{3000}", "\t中国 (China)\u{2003}", "\n x \n", "a\u{301} ",
        " \u{301}a", "Mr. Kairat Abdrakhmanov,", "(以哈萨克语发言)", "«Hola», dijo.", "—!?", "\u{200B} zero width \u{200B}",
        "Adopted by the Security Council at its 4956th meeting", "ADOPTED BY THE SECURITY COUNCIL", "adopted by the security",
        "代表代表代表", "aaa", "外交部长凯拉特•阿卜杜拉赫曼诺夫先生", "Г-н Небензя", "مرحبا بكم",
    ]

    /// Every scalar is a blank exactly when Foundation's `.whitespaces` holds it.
    @Test func blanksAreFoundationsWhitespaces() {
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isBlank != CharacterSet.whitespaces.contains(scalar) {
                Issue.record("U+\(String(value, radix: 16)) differs")
            }
        }
    }

    @Test func trimmingBlanksIsTrimmingWhitespaces() {
        for text in Self.samples {
            #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            let sub = Substring(text)
            #expect(sub.trimmingBlanks() == sub.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func trimmingScalarsIsTrimmingASet() {
        let sets: [(String, (Unicode.Scalar) -> Bool)] = [
            ("()（） \n", { "()（） \n".unicodeScalars.contains($0) }), (",.", { ",.".unicodeScalars.contains($0) }),
        ]
        for text in Self.samples {
            for (characters, test) in sets {
                #expect(text.trimmingScalars(where: test) == text.trimmingCharacters(in: CharacterSet(charactersIn: characters)))
            }
            #expect(text.trimmingScalars(where: \.isPunctuation) == text.trimmingCharacters(in: .punctuationCharacters), "\(text.debugDescription)")
        }
    }

    @Test func lastRangeIsABackwardsSearch() {
        for text in Self.samples {
            for needle in ["代表", "aa", " ", "部长", "Council", "x", "•"] {
                let ours = text.lastRange(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
                let foundation = text.range(of: needle, options: .backwards).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
                #expect(ours == foundation, "\(needle) in \(text.debugDescription)")
            }
        }
    }

    @Test func asciiCaseBlindSearchIsACaseInsensitiveSearch() {
        for text in Self.samples {
            let needle = "Adopted by the Security Council"
            let ours = text.firstRange(ofASCIIIgnoringCase: needle).map { text[$0] }
            let foundation = text.range(of: needle, options: .caseInsensitive).map { text[$0] }
            #expect(ours == foundation, "\(text.debugDescription)")
        }
    }

    /// The standard library's `firstRange(of:)`, which replaced Foundation's `range(of:)` in the
    /// parser, finds the same place.
    @Test func firstRangeIsRangeOf() {
        for text in Self.samples + ["The meeting rose. It took the Chair.", "第1540号决议（2004年）", "S/RES/1540 (2004)"] {
            for needle in ["代表", "aa", " of ", "took the Chair", "号决议", "S/RES/", "主持会议", "e\u{301}", "a"] {
                let ours = text.firstRange(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
                let foundation = text.range(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
                #expect(ours == foundation, "\(needle) in \(text.debugDescription)")
            }
        }
    }

    /// Lines split on the `Character` `\n` (never inside `\r\n`), as
    /// `components(separatedBy: "\n")` splits them.
    @Test func characterLinesAreComponents() {
        for text in Self.samples + ["a\r\nb\n\nc\n", "\n", "封面\n…………\n"] {
            let ours = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(ours == text.components(separatedBy: "\n"), "\(text.debugDescription)")
        }
    }

    /// A CSV field's quotes doubled `Character` by `Character` (a quote with a combining mark is
    /// another character), as `replacingOccurrences` doubles them.
    @Test func csvQuotesAreDoubledAsReplacingOccurrencesDoublesThem() {
        for text in ["say \"no\"", "\"\u{301}", "\"\"", "a,b"] {
            #expect(CSVExport.field(text) == "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        }
    }
}
