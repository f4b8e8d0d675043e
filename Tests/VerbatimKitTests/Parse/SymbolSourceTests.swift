import Foundation
import Testing
@testable import VerbatimKit

// Where the meeting's symbol comes from, so that every output agrees and scripts can tell a
// stated fact from an inferred one.

@Test func theSymbolIsInferredFromTheFileNameWhenTheTextStatesNone() throws {
    let text = Fixture.text
    let named = Fixture.temporaryFile(Array(text.utf8), name: "S_PV.8160_zh.txt")
    let record = try RecordLoader.load(path: named)
    #expect(record.meeting.symbol == "S/PV.8160" && record.meeting.symbolSource == .fileName)
    // A file not named after a symbol gives none.
    let plain = try RecordLoader.load(path: Fixture.temporaryFile(Array(text.utf8), name: "meeting.txt"))
    #expect(plain.meeting.symbol == nil && plain.meeting.symbolSource == nil)
}

@Test func aStatedSymbolWinsOverTheFileName() throws {
    let cover = """
        联合国 S/PV.9001
        安全理事会
        第9001次会议
        2025年5月5日星期一上午10时
        纽约
        主席：张先生 ……………………………（中国）

        上午10时05分开会。

        主席：我宣布会议开始。

        上午11时散会。
        """
    let path = Fixture.temporaryFile(Array(cover.utf8), name: "S_PV.8160_zh.txt")
    let record = try RecordLoader.load(path: path)
    #expect(record.meeting.symbol == "S/PV.9001" && record.meeting.symbolSource == .cover)
}

@Test func theSymbolSourceIsInTheJSONAndReadBack() throws {
    var meeting = Meeting(symbol: "S/PV.8160", language: "zh")
    meeting.symbolSource = .fileName
    let data = try JSONEncoder().encode(meeting)
    let json = String(decoding: data, as: UTF8.self)
    #expect(json.contains(#""symbolSource":"file-name""#))
    #expect(try JSONDecoder().decode(Meeting.self, from: data) == meeting)
    let unknown = try JSONEncoder().encode(Meeting(language: "zh"))
    #expect(String(decoding: unknown, as: UTF8.self).contains(#""symbolSource":null"#))
}

@Test func fileNamesSpellSymbols() {
    #expect(FileNameSymbol.symbol(inPath: "/tmp/x/S_PV.8160_zh.txt") == "S/PV.8160")
    #expect(FileNameSymbol.symbol(inPath: "A_ES-10_PV.5.pdf") == "A/ES-10/PV.5")
    #expect(FileNameSymbol.symbol(inPath: "record.txt") == nil)
    #expect(FileNameSymbol.symbol(inPath: "notes_final.txt") == nil)
}
