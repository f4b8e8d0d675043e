import Foundation
import Testing
@testable import VerbatimKit

/// Text made to break a reader: damaged encodings, huge lines, huge counts, deep nesting and
/// control characters. Each opens with its text kept, or is refused in one line; fast.
@Suite struct HostileTextTests {
    func load(_ bytes: [UInt8]) -> Result<Record, LoadError> {
        do { return .success(try RecordLoader.load(path: Fixture.temporaryFile(bytes))) } catch { return .failure(error) }
    }

    let opening = Array("上午10时开会。\n".utf8)

    @Test func aUTF8ByteOrderMarkAloneIsRefusedOrEmptyNeverACrash() {
        // The mark before a record is dropped (DamagedInputTests); a mark alone holds no record.
        switch load([0xEF, 0xBB, 0xBF]) {
        case .success(let record): #expect(record.statements.isEmpty)
        case .failure(let error): #expect(!error.message.contains("\n"))
        }
    }

    @Test func overlongUTF8IsRefusedNamingTheByte() {
        // `/` written in two bytes (C0 AF) and in three (E0 80 AF), after valid Chinese text.
        for overlong: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF]] {
            let bytes = Array(Fixture.text.utf8) + overlong + Array("\n".utf8)
            guard case .failure(let error) = load(bytes) else { Issue.record("\(overlong) opened"); continue }
            #expect(error.message.hasSuffix(": not valid UTF-8 (bad byte 0x\(String(overlong[0], radix: 16, uppercase: true)) at offset \(Fixture.text.utf8.count))"))
        }
    }

    @Test func surrogatesInCESU8AreRefusedNamingTheByte() {
        // U+1F600 as two surrogates of three bytes each, and a lone high surrogate.
        for cesu: [UInt8] in [[0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80], [0xED, 0xA0, 0x80]] {
            let bytes = Array(Fixture.text.utf8) + cesu + Array("\n".utf8)
            guard case .failure(let error) = load(bytes) else { Issue.record("\(cesu) opened"); continue }
            #expect(error.message.hasSuffix(": not valid UTF-8 (bad byte 0xED at offset \(Fixture.text.utf8.count))"))
        }
    }

    @Test func aLineOfTenMegabytesIsKeptWhole() throws {
        let long = String(repeating: "安全理事会", count: 10_000_000 / 15)
        let text = "上午10时开会。\n主席（以英语发言）：" + long + "\n下午1时散会。\n"
        let started = Date()
        guard case .success(let record) = load(Array(text.utf8)) else { Issue.record("refused"); return }
        #expect(record.statements.count == 1)
        let paragraphs = record.statements.first?.paragraphs.map(\.text).joined() ?? ""
        #expect(paragraphs.utf8.count == long.utf8.count)
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func aHundredThousandSpeakerLabelsAreAsManyStatementsInSeconds() throws {
        var bytes = opening
        bytes.reserveCapacity(100_000 * 40)
        let countries = ["中国", "法国", "波兰", "秘鲁"]
        for k in 0..<100_000 {
            bytes += Array("张先生（\(countries[k % 4])）（以英语发言）：第\(k)段。\n".utf8)
        }
        let started = Date()
        guard case .success(let record) = load(bytes) else { Issue.record("refused"); return }
        let seconds = Date().timeIntervalSince(started)
        #expect(record.statements.count == 100_000)
        #expect(record.statements.last?.speaker.country == "秘鲁")
        #expect(seconds < 30, "\(seconds) s")
    }

    @Test func deeplyNestedBracketsInALabelKeepTheText() throws {
        let depth = 50_000
        let label = "主席" + String(repeating: "（", count: depth) + "以英语发言" + String(repeating: "）", count: depth) + "："
        let text = "上午10时开会。\n" + label + "一段话。\n秘书长（以英语发言）：第二段。\n"
        let started = Date()
        guard case .success(let record) = load(Array(text.utf8)) else { Issue.record("refused"); return }
        #expect(Date().timeIntervalSince(started) < 10)
        // Whatever it is read as, the brackets are all kept, and the next statement is found.
        let kept = try JSONEncoder().encode(record)
        let json = String(decoding: kept, as: UTF8.self)
        #expect(json.components(separatedBy: "（").count - 1 >= depth)
        #expect(record.statements.last?.speaker.label.hasPrefix("秘书长") == true)
    }
}
