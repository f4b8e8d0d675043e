import Foundation
import VerbatimKit

/// A library of Chinese records written at test time from the repository's fixture: meeting k
/// is `S/PV.(8200 + k)`, held on the 18th of month k from January 2018, with a cover page
/// (symbol, date, provisional) except every fourth meeting, which has none and takes its
/// symbol from the file name. Odd meetings cite resolution 1373 (2001) where the fixture cites
/// 1540 (2004), and China's representative there is 马朝旭 instead of 吴海涛.
struct GeneratedLibrary {
    let folder: String
    let cache: String
    let count: Int

    static let fixture = try! String(contentsOfFile: RealFixtures.chinese, encoding: .utf8)

    init(meetings: Int = 20) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-library-\(UUID().uuidString)")
        folder = base.appendingPathComponent("records").path
        cache = base.appendingPathComponent("cache").path
        count = meetings
        try FileManager.default.createDirectory(atPath: folder + "/2018", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/2019", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        for k in 0..<meetings { try write(k) }
    }

    /// The index file the tests use (inside the cache folder, never inside the library).
    var index: String { cache + "/index.sqlite" }

    func number(_ k: Int) -> Int { 8200 + k }
    func symbol(_ k: Int) -> String { "S/PV.\(number(k))" }
    func hasCover(_ k: Int) -> Bool { k % 4 != 3 }
    func isoDate(_ k: Int) -> String? {
        hasCover(k) ? String(format: "%04d-%02d-18", 2018 + k / 12, 1 + k % 12) : nil
    }
    func citesOther(_ k: Int) -> Bool { k % 2 == 1 }
    func path(_ k: Int) -> String { folder + "/\(2018 + k / 12)/S_PV.\(number(k))_zh.txt" }

    /// The text of meeting k; `part` and `final` give a resumed part or the final version.
    func text(_ k: Int, part: Int? = nil, final: Bool = false) -> String {
        var body = Self.fixture
        if citesOther(k) {
            body = body.replacingOccurrences(of: "1540", with: "1373").replacingOccurrences(of: "（2004）", with: "（2001）")
            body = body.replacingOccurrences(of: "吴海涛", with: "马朝旭")
        }
        guard hasCover(k) else { return body }
        let resumption = part.map { " (Resumption \($0))" } ?? ""
        let cover = """
            联合国
            \(symbol(k))\(resumption)
            安全理事会
            第七十三年
            第\(number(k))次会议
            \(2018 + k / 12)年\(1 + k % 12)月18日星期四上午10时在纽约举行
            \(final ? "" : "临时\n")主席：纳扎尔巴耶夫先生 ....................................（哈萨克斯坦）
            成员：中国 ........................................................ \(citesOther(k) ? "马朝旭" : "吴海涛")先生
            联合王国 ..................................................... 菲尔德先生
            议程
            不扩散大规模毁灭性武器
            本记录包括中文发言的文本和其他语言发言的译文。
            18-0\(1000 + k) (C)

            """
        return cover + body
    }

    func write(_ k: Int) throws {
        try text(k).write(toFile: path(k), atomically: true, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: folder).deletingLastPathComponent().path)
    }
}
