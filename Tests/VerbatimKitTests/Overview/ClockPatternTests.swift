import Foundation
import Testing
@testable import VerbatimKit

/// `ClockPattern` reads each clock-time pattern by hand; ICU's regex engine (`ICURegex`, the
/// engine of `NSRegularExpression`) is the reference: on real records of all six languages and
/// on lines made to probe each construct, both must find the same matches with the same groups.
@Suite struct ClockPatternTests {
    /// Lines that probe greedy digits, optional groups given back, look-behind and look-ahead,
    /// `\b` beside marks and format characters and at either end, `\s` beyond ASCII, and letters
    /// that only case folding relates (Kelvin sign, long s, U+0345, rounded Cyrillic ve, dotted
    /// capital I, the fi ligature).
    static let probes = [
        "The meeting was suspended at 1.05 P.M. and resumed at 3 p.m.; 12.30 a.m., 123 pm, 1.2 pm",
        "10 a. m. 10 a m 10 am. 10 a.m 10 amx 10 a.mx 10 p.\u{A0}m 9:3 pm 9:30\u{3000}PM 7.00am", "1.05 p.m", "11 A.M",
        "The meeting rose at NOON, not at midnight or middayish. noon", "midnight", "MIDDAY\u{301} noon\u{200B}x",
        "_noon noon_ noon\u{301} x\u{200D}noon 9noon noon9 (midnight)",
        "La séance est ouverte à 15 h 10, levée à 13 heures; 25h10x, 1.5 h, 10 hommes",
        "13 heuresx 13 HEURES 12 h 30 min 9 heure 9h 9hx 9 h 5 8 H 07\u{345} 7 heureſ 7h 1x", "à midi. MINUIT midis",
        "Se declara abierta a las 15.10 horas, al MEDIODÍA o a medianoche.",
        "15,10 horas 15:10horas 9 HORAS 9 horasx 9 horas\u{301} 5.123 horas mediodia medioDIA mediodía",
        "Заседание открывается в 15 ч 10 мин., закрывается в 10 ч. 05 м.; 3 часов, 7 чай",
        "10 ЧАСОВ 10 часа 10 час 10 ч.05 мин 10 ч 5 минут. 10 ч 5 мину 10 ч 5 мx 10 чx 9 ч\u{1C80} 9 Ч 5 М",
        ".15/10 افتتحت الجلسة الساعة 17:20 و 1/2/3 و 4 : 05",
        "12/345 1:23: 3/45/ 99/99 ١٥/١٠ ۱۵:۳۰ 1\u{2028}/ 30",
        "上午10时20分开会。会议于下午1时10分暂停，下午 3 时复会。中午12時5分散会。😀 9点",
        "晚间 11 點 5 分 凌晨1时 123时 早上 9 时 5 晚上时 1 时 30 分钟 ５时",
        "12 \u{212A} 3 pm 3 P\u{345}M İ noon ﬁ midi 10 h ﬁ",
        "", "😀 no digits at all, just emoji 🇨🇳 and combining e\u{301}",
    ]

    /// The six languages' real texts: the five S/PV.10124 versions and the bundled record.
    static var realTexts: [String] {
        let names = ["S_PV.10124_ar.txt", "S_PV.10124_en.txt", "S_PV.10124_es.txt", "S_PV.10124_fr.txt", "S_PV.10124_ru.txt"]
        return [Fixture.text] + names.compactMap { try? String(contentsOfFile: SharedFixtures.path($0), encoding: .utf8) }
    }

    /// The hand-written reader's matches in UTF-16 offsets, as ICU reports them.
    static func handWritten(_ pattern: ClockPattern, _ text: String) -> [[Range<Int>?]] {
        var utf16Offsets: [Int] = [0]
        for scalar in text.unicodeScalars { utf16Offsets.append(utf16Offsets.last! + scalar.utf16.count) }
        let convert = { (r: Range<Int>?) in r.map { utf16Offsets[$0.lowerBound]..<utf16Offsets[$0.upperBound] } }
        return pattern.matches(in: ClockText(text)).map { [convert($0.range)] + $0.groups.map(convert) }
    }

    /// ICU's matches of the pattern, case-insensitive, as `ClockTimeReader` compiled them.
    static func icu(_ regex: ICURegex, _ text: String) -> [[Range<Int>?]] {
        regex.matches(in: Array(text.utf16)).map { [$0.range] + $0.groups }
    }

    /// Compares the two on every text, as written and with its digits made ASCII (as the
    /// reader sees it); returns how many matches ICU found for each pattern.
    @discardableResult
    static func compare(_ texts: [String]) throws -> [ClockPattern: Int] {
        var counts: [ClockPattern: Int] = [:]
        for pattern in ClockPattern.allCases {
            let regex = try #require(ICURegex(pattern.icuPattern, caseInsensitive: true))
            for text in texts {
                for variant in [text, ClockTimeReader.asciiDigits(text)] {
                    let expected = icu(regex, variant)
                    let found = handWritten(pattern, variant)
                    counts[pattern, default: 0] += expected.count
                    #expect(found == expected, "\(pattern) in \(variant.prefix(200))")
                }
            }
        }
        return counts
    }

    @Test func readsWhatICUMatchesOnProbes() throws {
        let counts = try Self.compare(Self.probes)
        // Every pattern is exercised: ICU finds several matches of each in the probes.
        #expect(ClockPattern.allCases.allSatisfy { counts[$0, default: 0] >= 4 }, "\(counts)")
    }

    @Test(SharedFixtures.required) func readsWhatICUMatchesOnRecordsOfAllSixLanguages() throws {
        let texts = Self.realTexts
        #expect(texts.count == 6)
        // Each line on its own, as the reader sees a procedural line (the line starts and ends
        // the text); the records' times are found.
        let lines = texts.flatMap { $0.split(separator: "\n").map(String.init) }
        let counts = try Self.compare(lines)
        #expect([ClockPattern.chinese, .englishClock, .frenchClock, .spanishClock, .russianClock].allSatisfy { counts[$0, default: 0] > 0 }, "\(counts)")
    }

    @Test func everyPatternFindsTheTimesItIsFor() {
        let samples: [(ClockPattern, String, [String])] = [
            (.chinese, "下午3时10分", ["下午3时10分"]), (.englishClock, "at 5.20 p.m.", ["5.20 p.m."]),
            (.englishWord, "at noon", ["noon"]), (.frenchClock, "à 15 h 10", ["15 h 10"]), (.frenchWord, "à midi", ["midi"]),
            (.spanishClock, "a las 15.10 horas", ["15.10 horas"]), (.spanishWord, "al mediodía", ["mediodía"]),
            (.russianClock, "в 15 ч. 10 мин.", ["15 ч. 10 мин."]), (.arabicClock, "الساعة 17:20", ["17:20"]),
        ]
        for (pattern, text, expected) in samples {
            let line = ClockText(text)
            let found = pattern.matches(in: line).map { match in
                String(String.UnicodeScalarView(line.scalars[match.range].compactMap(Unicode.Scalar.init)))
            }
            #expect(found == expected, "\(pattern)")
        }
    }
}
