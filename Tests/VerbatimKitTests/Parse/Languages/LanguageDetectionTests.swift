import Foundation
import Testing
@testable import VerbatimKit

/// The record's language comes from its script and labels, not from its file name.
@Suite struct LanguageDetectionTests {
    @Test(arguments: [
        ("主席：我宣布会议开始。", "zh"),
        ("The President: I thank the Secretary-General for the briefing and the statement.", "en"),
        ("Le Président : Je remercie le Secrétaire général de son exposé et des informations.", "fr"),
        ("El Presidente: Doy las gracias al Secretario General por su exposición y los datos.", "es"),
        ("Председатель: Благодарю Генерального секретаря за брифинг.", "ru"),
        ("الرئيس: أشكر الأمين العام على إحاطته.", "ar"),
        ("12345 67890", "zh"),
    ])
    func languageOfTheText(text: String, code: String) {
        var text = text
        let found = text.withUTF8 { LanguageProfile.detect($0) }
        #expect(found.code == code)
    }

    @Test(arguments: [
        ("/records/S_PV.10124_fr.txt", "fr"), ("S_PV.8698_E.pdf", "en"), ("a_R.txt", "ru"), ("record.txt", nil),
        ("dir_en/record.txt", nil), ("S_PV.8160_zh.txt", "zh"),
    ] as [(String, String?)])
    func languageOfTheFileName(path: String, code: String?) {
        #expect(LanguageProfile.code(fromFileName: path) == code)
    }

    @Test func aFileNameThatDisagreesGivesAWarning() throws {
        let path = "/tmp/verbatim-language-test-\(getpid())_fr.txt"
        let text = "The President: I thank the Secretary-General for the briefing and the statement.\n"
        try #require(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let record = try RecordLoader.load(path: path)
        #expect(record.meeting.language == "en")
        #expect(record.warnings.contains { $0.contains("file name") && $0.contains("fr") && $0.contains("en") })
    }
}
