import Foundation
import Testing
@testable import VerbatimKit

/// `ICURegex` runs the system ICU's regular expressions, standing in for Foundation's
/// `NSRegularExpression` (also ICU) so that the browser need not load Foundation: the same
/// patterns must find the same matches and groups.
@Suite struct ICURegexTests {
    /// Patterns that use what `ClockTimeReader`'s rules use: look-behind, look-ahead, `\b`,
    /// `\p{L}`, optional groups that may take no part, alternatives, case-insensitivity.
    static let patterns = [
        #"(?<![\d.])(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?"#,
        #"\b(noon|midday|midnight)\b"#,
        #"(?<![\d.])(\d{1,2})\s*h(?:eures?)?(?:\s*(\d{1,2}))?(?![\p{L}\d])"#,
        #"\b(mediod[ií]a|medianoche)\b"#,
        #"(?<![\d.])(\d{1,2})\s*ч(?:ас(?:ов|а)?)?\.?(?:\s*(\d{1,2})\s*м(?:ин(?:ут)?)?\.?)?(?![\p{L}])"#,
        #"(?<![\d/:])(\d{1,2})\s*[/:]\s*(\d{2})(?![\d/:])"#,
        #"(上午|早上|凌晨|中午|下午|晚上|晚间)?\s*(\d{1,2})\s*[时時点點](?:\s*(\d{1,2})\s*分)?"#,
    ]

    static let texts = [
        "The meeting was suspended at 1.05 P.M. and resumed at 3 p.m.; 12.30 a.m., 123 pm, 1.2 pm",
        "The meeting rose at NOON, not at midnight or middayish.",
        "La séance est ouverte à 15 h 10, levée à 13 heures; 25h10x, 1.5 h, 10 hommes",
        "Se declara abierta a las 15.10 horas, al MEDIODÍA o a medianoche.",
        "Заседание открывается в 15 ч 10 мин., закрывается в 10 ч. 05 м.; 3 часов, 7 чай",
        ".15/10 افتتحت الجلسة الساعة 17:20 و 1/2/3 و 4 : 05",
        "上午10时20分开会。会议于下午1时10分暂停，下午 3 时复会。中午12時5分散会。😀 9点",
        "",
        "😀 no digits at all, just emoji 🇨🇳 and combining e\u{301}",
    ]

    @Test func findsWhatNSRegularExpressionFinds() throws {
        for pattern in Self.patterns {
            let ours = try #require(ICURegex(pattern, caseInsensitive: true))
            let foundation = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            #expect(ours.groups == foundation.numberOfCaptureGroups)
            for text in Self.texts {
                let expected = foundation.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map { match in
                    (0..<match.numberOfRanges).map { i -> Range<Int>? in
                        let r = match.range(at: i)
                        return r.location == NSNotFound ? nil : r.location..<(r.location + r.length)
                    }
                }
                let found = ours.matches(in: Array(text.utf16)).map { [$0.range] + $0.groups }
                #expect(found == expected, "\(pattern) in \(text)")
            }
        }
    }

    @Test func manyMatchesAreAllReturned() throws {
        let digits = try #require(ICURegex(#"\d"#))
        let text = String(repeating: "1a", count: 1_000)
        #expect(digits.matches(in: Array(text.utf16)).count == 1_000)
    }

    @Test func anInvalidPatternIsRefused() {
        #expect(ICURegex("(unclosed") == nil)
    }
}
