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

    /// `count` statements, each a speaker label of a person, a country and a language, then a
    /// numbered paragraph.
    func speakerLabels(_ count: Int) -> [UInt8] {
        var bytes = opening
        bytes.reserveCapacity(count * 48)
        let countries = ["中国", "法国", "波兰", "秘鲁"].map { Array("张先生（\($0)）（以英语发言）：第".utf8) }
        let end = Array("段。\n".utf8)
        for k in 0..<count {
            bytes += countries[k % 4]
            bytes += Array(String(k).utf8)
            bytes += end
        }
        return bytes
    }

    /// The CPU time of the calling thread, in seconds.
    func threadSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Two hundred thousand labels open as as many statements, in a few seconds of a debug build. (A million take about 16 s of
    /// CPU in the debug build and 4 s in a release build; docs/reliability.md.)
    @Test func twoHundredThousandSpeakerLabelsAreAsManyStatements() throws {
        let count = 200_000
        let bytes = speakerLabels(count)
        // CPU time of this thread, which reads and parses the file: a loaded machine or a
        // sanitizer's slower build (76 s of wall time once under AddressSanitizer at load 15)
        // does not make it fail, a cost far beyond linear does.
        let started = threadSeconds()
        guard case .success(let record) = load(bytes) else { Issue.record("refused"); return }
        let seconds = threadSeconds() - started
        #expect(record.statements.count == count)
        #expect(record.statements.last?.speaker.country == "秘鲁")
        #expect(record.statements.last?.paragraphs.first?.text == "第\(count - 1)段。")
        #expect(seconds < 60, "\(seconds) s of CPU")
    }

    /// Reading labels costs time in proportion to their number: four times the labels take
    /// about four times the CPU time (at most seven; a cost that grows with the square would
    /// take sixteen). Measured on the parsing thread, so other tests running do not count.
    @Test func speakerLabelsCostLinearTime() throws {
        func parseSeconds(_ count: Int) -> (Double, Int) {
            let bytes = speakerLabels(count)
            let started = threadSeconds()
            let record = bytes.withUnsafeBufferPointer { RecordLoader.parse(bytes: $0, warnings: [], parts: 1) }
            return (threadSeconds() - started, record.statements.count)
        }
        _ = parseSeconds(2_000)
        let (small, smallCount) = parseSeconds(25_000)
        let (large, largeCount) = parseSeconds(100_000)
        #expect(smallCount == 25_000 && largeCount == 100_000)
        #expect(large < 7 * small, "25,000 labels: \(small) s; 100,000: \(large) s")
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
