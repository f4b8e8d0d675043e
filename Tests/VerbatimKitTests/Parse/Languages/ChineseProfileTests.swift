import Foundation
import Testing
@testable import VerbatimKit

/// Chinese through the profile: the bundled record reads as Chinese, and parsing it with the
/// Chinese profile named is the same as letting the parser find it.
@Suite struct ChineseProfileTests {
    @Test func fixtureIsFoundChineseAndParsesTheSameWithTheProfileNamed() throws {
        let text = try String(contentsOfFile: Fixture.path, encoding: .utf8)
        let found = LanguageInput.parse(text)
        let named = LanguageInput.parse(text, profile: .chinese)
        #expect(found.meeting.language == "zh")
        #expect(found == named)
        #expect(found.statements.count == 24)
    }

    @Test func chineseGrammarHoldsTheTitlesAndRoles() {
        let grammar = LabelGrammar(language: "zh")
        #expect(grammar.form == .ideographic)
        #expect(grammar.role(of: "主席") == .president && grammar.role(of: "秘书长") == .secretaryGeneral)
        #expect(grammar.honorifics.contains("先生") && SpeakerLabel.titles == grammar.honorifics)
        #expect(grammar.spokenLanguage(inNote: "以俄语发言") == "ru")
        #expect(ProceduralPhrases(language: "zh").recognize("上午10时20分开会。") == .opening(time: "上午10时20分"))
    }
}
