import Foundation
import Testing
@testable import VerbatimKit

/// Input the loader must refuse with a clear one-line message, or open with a warning.
@Suite struct BadInputTests {
    func loadError(_ path: String, encoding: TextEncoding? = nil) -> LoadError? {
        do {
            _ = try RecordLoader.load(path: path, encoding: encoding)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFile() {
        let error = loadError("/nonexistent/record.txt")
        #expect(error?.message == "/nonexistent/record.txt: no such file")
    }

    @Test func directory() {
        let dir = FileManager.default.temporaryDirectory.path
        #expect(loadError(dir)?.message.contains("is a directory") == true)
    }

    @Test func emptyFile() {
        #expect(loadError(Fixture.temporaryFile([]))?.message.contains("empty") == true)
        #expect(loadError(Fixture.temporaryFile(Array(" \n\r\n\u{0C}\n".utf8)))?.message.contains("no text") == true)
    }

    @Test func binaryData() {
        var bytes: [UInt8] = Array("not text".utf8)
        bytes += [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]
        let error = loadError(Fixture.temporaryFile(bytes))
        #expect(error?.message.contains("binary") == true)
        #expect(error?.message.contains("offset 14") == true)
        // Control bytes without a NUL are binary too.
        let controls = (0..<400).map { UInt8($0 % 8 + 1) }
        #expect(loadError(Fixture.temporaryFile(controls))?.message.contains("binary") == true)
    }

    @Test func utf16IsRefusedWithAHint() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("主席".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(loadError(Fixture.temporaryFile(bytes))?.message.contains("UTF-16") == true)
    }

    @Test func invalidUTF8NamesTheFirstBadByte() {
        // Valid UTF-8 up to byte 6, then a lone continuation byte, which is not GB 18030 either.
        var bytes = Array("主席：你好".utf8).prefix(6) + [0x80, 0xFF, 0x41]
        bytes += Array("\n".utf8)
        let error = loadError(Fixture.temporaryFile(Array(bytes)))
        #expect(error?.message.contains("not valid UTF-8") == true)
        #expect(error?.message.contains("(bad byte 0x80 at offset 6) nor GB 18030 (bad byte 0x80 at offset 6)") == true)
        #expect(error.map { !$0.message.contains("\n") } == true)
        // Forced GB 18030 names the offset in those terms.
        let forced = loadError(Fixture.temporaryFile(Array(bytes)), encoding: .gb18030)
        #expect(forced?.message.contains("not valid GB 18030") == true)
    }

    @Test func damagedUTF8IsNotTakenForGB18030() {
        // The fixture cut in the middle of a character, and with a byte flipped inside: both
        // would decode as GB 18030 (mangled); they are UTF-8 with a bad byte.
        let bytes = Array(Fixture.text.utf8)
        var k = 1000
        while bytes[k] & 0xC0 != 0x80 { k += 1 }
        var lead = k
        while bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let cut = Array(bytes[..<k])
        #expect(loadError(Fixture.temporaryFile(cut))?.message.contains("at offset \(lead))") == true)
        var flipped = bytes
        flipped[5000] = 0xFF
        let error = loadError(Fixture.temporaryFile(flipped))
        #expect(error?.message.contains("not valid UTF-8") == true)
    }

    @Test func truncatedSequenceAtTheEnd() {
        let bytes = Array("议程".utf8) + [0xE8, 0xAE]
        let path = Fixture.temporaryFile(bytes)
        #expect(loadError(path, encoding: .utf8)?.message.contains("offset 6") == true)
    }

    @Test func textWithoutLabelsIsOneUnattributedBlock() throws {
        let text = "这是一段没有发言者的文字。\n它有两行，也有第1540（2004）号决议。\n"
        let record = try RecordLoader.load(path: Fixture.temporaryFile(Array(text.utf8)))
        #expect(record.statements.isEmpty)
        #expect(record.unattributed.count == 1)
        #expect(record.blocks == [.unattributed(0)])
        #expect(record.warnings.contains { $0.contains("no speaker labels") })
        #expect(Fixture.squeezed(record.text) == Fixture.squeezed(text))
    }

    @Test func concatenatedMeetingsAreOneRecordWithAWarning() {
        let text = Fixture.text + "\n" + Fixture.text + "\n" + Fixture.text
        let record = RecordLoader.parse(text)
        #expect(record.statements.count == 72)
        #expect(record.statements.map(\.index) == Array(1...72))
        #expect(record.warnings.contains { $0.contains("3 meetings") })
        #expect(record.procedural.filter { $0.kind == .opening }.count == 3)
        #expect(Fixture.squeezed(record.text) == Fixture.squeezed(text))
        #expect(record.references.first { $0.id == "S/RES/1540 (2004)" }?.mentions == 45)
        #expect(record.meeting.openedAt == "上午10时20分")
    }

    @Test func controlCharactersAreKeptAsText() {
        // An escape sequence inside a paragraph stays in the model (the terminal layer shows a
        // stand-in); it does not break parsing.
        let text = "主席：我宣布\u{1B}[31m开会。\n"
        let record = RecordLoader.parse(text)
        #expect(record.statements.count == 1)
        #expect(record.statements[0].paragraphs[0].text == "我宣布\u{1B}[31m开会。")
    }

    @Test func labelOnTheLastLineAndOddEndings() {
        // Never crash on a label with no speech, a dangling bracket or a lone colon.
        for text in ["主席（以俄语发言）：", "（以俄语发言", "：", "《未完", "第1540（2004", "S/", " ", "\u{0C}\u{0C}x"] {
            let record = RecordLoader.parse(text)
            #expect(Fixture.squeezed(record.text) == Fixture.squeezed(text), "\(text)")
        }
    }

    @Test func aLaterMeetingsPagesRestart() {
        let record = RecordLoader.parse(Fixture.text + "\n" + Fixture.text)
        #expect(record.procedural.filter { $0.kind == .opening }.map(\.page) == [2, 2])
        #expect(record.statements[23].pages == Fixture.record.statements[23].pages)
        #expect(record.statements[47].pages == Fixture.record.statements[23].pages)
        #expect(record.statements[24].paragraphs.map(\.page) == Fixture.record.statements[0].paragraphs.map(\.page))
    }
}
