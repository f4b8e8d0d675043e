import Testing
@testable import VerbatimKit

/// The language a Chinese label's note names (`以俄语发言`), read on the note's bytes.
@Suite struct ChineseLanguageNoteTests {
    @Test func theNoteNamesTheLanguageBeforeItsSpokenWord() {
        #expect(LanguageName.spokenLanguageName("以俄语发言") == "俄")
        #expect(LanguageName.spokenLanguageName("以阿拉伯语发言") == "阿拉伯")
        #expect(LanguageName.spokenLanguageName("以中文发言") == "中文")
        #expect(LanguageName.spokenLanguageName("以英文发言") == "英")
        #expect(LanguageName.spokenLanguageName("以海地克里奥尔语发言，后由代表团提供译文") == "海地克里奥尔")
        #expect(LanguageName.code(inNote: "以西班牙语发言") == "es")
        #expect(LanguageName.code(inNote: "以克林贡语发言") == "und")
    }

    @Test func aNoteThatNamesNoLanguageGivesNone() {
        for note in ["", "以", "以语发言", "以俄语", "俄语发言", "以俄语发", "用俄语发言", "以一二三四五六七八九十十一语发言"] {
            #expect(LanguageName.spokenLanguageName(note) == nil, "\(note)")
        }
        // Ten characters are the longest name read.
        #expect(LanguageName.spokenLanguageName("以一二三四五六七八九十语发言") == "一二三四五六七八九十")
        #expect(LanguageName.spokenLanguageName("以 a语发言") == " a")
    }

    @Test func everyNoteReadsAsItsCharactersSay() {
        // Notes of up to fifteen pieces drawn from the words of the form and other letters
        // (ASCII, two- and four-byte UTF-8), against the rule written on characters.
        let letters = ["以", "语", "文", "发", "言", "中", "俄", "a", "é", "😀", " ", "语发言", "文发言"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var named = 0
        for _ in 0..<20_000 {
            var note = "以"
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 60)
            for k in 0..<length {
                note.append(letters[Int((seed >> UInt64(4 * k % 56)) & 0xFF) % letters.count])
            }
            #expect(LanguageName.spokenLanguageName(note) == Self.byCharacters(note), "\(note)")
            if Self.byCharacters(note) != nil { named += 1 }
        }
        #expect(named > 1_000)
    }

    /// The rule on characters: `以`, a name of one to ten characters, then `语发言` or `文发言`.
    private static func byCharacters(_ note: String) -> String? {
        let c = Array(note.unicodeScalars)
        guard c.first == "以" else { return nil }
        for k in 1..<min(12, c.count) where k + 2 < c.count {
            if (c[k] == "语" || c[k] == "文"), c[k + 1] == "发", c[k + 2] == "言" {
                guard k > 1 else { return nil }
                let name = String(String.UnicodeScalarView(c[1..<k]))
                return c[k] == "文" && name == "中" ? "中文" : name
            }
        }
        return nil
    }
}
