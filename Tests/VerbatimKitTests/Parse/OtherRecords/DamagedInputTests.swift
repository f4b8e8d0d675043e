import Foundation
import Testing
@testable import VerbatimKit

/// Files damaged on the way to the user: a byte-order mark, a download cut short, another
/// encoding, two different meetings in one file, a cover page alone.
@Suite struct DamagedInputTests {
    func load(_ bytes: [UInt8]) -> Result<Record, LoadError> {
        Result { () throws(LoadError) -> Record in try RecordLoader.load(path: Fixture.temporaryFile(bytes)) }
    }

    @Test func byteOrderMarkIsDropped() throws {
        let record = try load([0xEF, 0xBB, 0xBF] + Array(Fixture.text.utf8)).get()
        #expect(Fixture.speakers(record) == Fixture.speakers(Fixture.record))
        #expect(record.warnings.isEmpty)
    }

    @Test func utf16IsRefusedWithOneLine() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Fixture.text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        guard case .failure(let error) = load(bytes) else {
            Issue.record("UTF-16 text was accepted")
            return
        }
        #expect(!error.message.contains("\n"))
    }

    @Test func fileCutMidLineKeepsEverythingBeforeTheCut() throws {
        // Cut inside a line (between whole characters) half way through the record.
        let lines = Fixture.text.components(separatedBy: "\n")
        let cut = lines[..<1601].joined(separator: "\n") + "\n" + String(lines[1601].prefix(7))
        let record = try load(Array(cut.utf8)).get()
        #expect(Fixture.squeezed(record.text) == Fixture.squeezed(cut))
        let speakers = Fixture.speakers(record)
        #expect(speakers.count >= 10)
        #expect(Array(speakers.dropLast()) == Array(Fixture.speakers(Fixture.record).prefix(speakers.count - 1)))
        #expect(record.meeting.closedAt == nil)
    }

    @Test func onlyFormFeedsAndBlankLinesAreRefused() {
        guard case .failure(let error) = load(Array("\u{0C}\n\n \u{0C}\r\n".utf8)) else {
            Issue.record("a file of white space was accepted")
            return
        }
        #expect(error.message.contains("white space"))
    }

    @Test func twoDifferentMeetingsAreOneRecordWithAWarning() {
        let assembly = GeneralAssemblyRecordTests.typeset(width: 44, cover: true).text
        let text = assembly + "\n" + Fixture.text
        let record = RecordLoader.parse(text)
        #expect(record.statements.count == GeneralAssemblyRecordTests.expectedSpeakers.count + 24)
        #expect(record.warnings.contains { $0.contains("2 meetings") })
        #expect(record.meeting.symbol == "A/72/PV.5")
        #expect(Fixture.squeezed(record.text) == Fixture.squeezed(text.replacingOccurrences(of: "…", with: "")))
        #expect(Array(Fixture.speakers(record).suffix(24).map { $0.split(separator: "|").dropFirst() })
                == Fixture.speakers(Fixture.record).map { $0.split(separator: "|").dropFirst() })
    }

    @Test func utf16WithoutAByteOrderMarkIsNamed() {
        var bytes: [UInt8] = []
        for unit in "上午10时开会。\n主席：谢谢。\n".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        guard case .failure(let error) = load(bytes) else {
            Issue.record("UTF-16 text was accepted")
            return
        }
        #expect(error.message.hasSuffix("UTF-16 text (convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8)"))
    }

    @Test func aFileCutInsideACharacterSaysSo() {
        let bytes = Array("上午10时开会。\n主席：谢谢。".utf8).dropLast(2)
        guard case .failure(let error) = load(Array(bytes)) else {
            Issue.record("a cut character was accepted")
            return
        }
        #expect(error.message.contains("the file ends inside a UTF-8 character at offset \(bytes.count - 1)"))
    }

    @Test func aCoverPageAloneGivesTheMeeting() throws {
        let cover = [
            "联合国", "A/72/PV.5", "大会", "第七十二届会议", "第5次全体会议", "2017年9月19日星期二上午9时在纽约举行",
            "正式记录", "主席：莱恰克先生…………………………………………（斯洛伐克）",
            "本记录包括中文发言的文本和其他语言发言的译文。", "17-29181 (C)",
        ]
        let record = try load(Array((cover.joined(separator: "\n\n") + "\n").utf8)).get()
        #expect(record.meeting.symbol == "A/72/PV.5" && record.meeting.presidentCountry == "斯洛伐克")
        #expect(record.statements.isEmpty && record.unattributed.isEmpty)
        #expect(record.procedural.map(\.kind) == [.coverPage])
        #expect(record.warnings == ["no statements: the file holds a cover page only"])
    }
}
