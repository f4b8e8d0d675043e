import Foundation
import Testing
@testable import VerbatimKit

/// The `dump`, `speakers` and `refs` commands, run as the built executable: output, formats
/// and exit codes (0 success, 1 bad input, 2 usage).
@Suite struct CommandTests {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    /// The `verbatim` executable next to the test bundle (it is built with the tests).
    static let executable: String? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("verbatim"),
            Fixture.root.appendingPathComponent(".build/debug/verbatim"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
    }()

    func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    func run(_ arguments: [String]) throws -> Result {
        let path = try #require(Self.executable, "the verbatim executable is not built")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData, as: UTF8.self))
    }

    @Test func dumpJSONHasTheDocumentedShape() throws {
        let result = try run("dump", Fixture.path, "--format", "json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        for key in ["meeting", "agenda", "statements", "references", "unattributed", "warnings", "procedural", "blocks"] {
            #expect(json[key] != nil, "\(key)")
        }
        let statements = try #require(json["statements"] as? [[String: Any]])
        #expect(statements.count == 24)
        let fourth = statements[3]
        let speaker = try #require(fourth["speaker"] as? [String: Any])
        #expect(speaker["name"] as? String == "杜达" && speaker["country"] as? String == "波兰")
        #expect(speaker["countryInferred"] as? Bool == true)
        #expect(fourth["lines"] as? [Int] == [613, 820])
        #expect(fourth["pages"] as? [Int] != nil)
        let paragraph = try #require((statements[0]["paragraphs"] as? [[String: Any]])?.first)
        for key in ["text", "language", "page", "references"] { #expect(paragraph[key] != nil, "\(key)") }
        let references = try #require(json["references"] as? [[String: Any]])
        let npt = try #require(references.first { $0["id"] as? String == "NPT" })
        #expect(npt["url"] is NSNull)
        #expect(npt["names"] as? [String] == ["不扩散核武器条约", "不扩散条约"])
        let r1540 = try #require(references.first { $0["id"] as? String == "S/RES/1540 (2004)" })
        #expect(r1540["url"] as? String == "https://undocs.org/zh/S/RES/1540(2004)")
        #expect(r1540["mentions"] as? Int == 15)
        #expect(r1540["names"] as? [String] == [])
        // The JSON decodes back into the model.
        let decoded = try JSONDecoder().decode(Record.self, from: Data(result.out.utf8))
        #expect(decoded == Fixture.record)
    }

    @Test func jsonFlagIsShortForFormatJSON() throws {
        let a = try run("refs", Fixture.path, "--json")
        let b = try run("refs", Fixture.path, "--format", "json")
        #expect(a.status == 0 && a.out == b.out && a.out.hasPrefix("["))
    }

    @Test func speakersTableAlignsColumnsByDisplayWidth() throws {
        let result = try run("speakers", Fixture.path)
        #expect(result.status == 0)
        let rows = result.out.split(separator: "\n").map(String.init).filter { $0.first?.isNumber == true || $0.hasPrefix(" ") }
        #expect(rows.count == 25)
        // The `language` column starts at the same display column on every row.
        let header = rows[0]
        let column = DisplayWidth.standard.of(String(header[..<header.range(of: "language")!.lowerBound]))
        for row in rows.dropFirst() {
            let code = row.range(of: #"  (ru|en|ar|es|fr|zh)  "#, options: .regularExpression)!
            let before = DisplayWidth.standard.of(String(row[..<code.lowerBound])) + 2
            #expect(before == column, "\(row)")
        }
        #expect(result.out.contains("杜达总统") && result.out.contains("波兰*"))
    }

    @Test func speakersJSON() throws {
        let result = try run("speakers", Fixture.path, "--json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 24)
        #expect(rows[2]["language"] as? String == "ru" && (rows[2]["paragraphs"] as? Int ?? 0) > 10)
        #expect((rows[2]["characters"] as? Int ?? 0) > 1000)
    }

    @Test func refsFiltersByKind() throws {
        let result = try run("refs", Fixture.path, "--kind", "sc-resolution", "--json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 12)
        #expect(rows.allSatisfy { $0["kind"] as? String == "sc-resolution" })
        let text = try run("refs", Fixture.path, "--kind", "document")
        #expect(text.out.contains("S/PV.3046") && !text.out.contains("S/RES"))
    }

    @Test func badInputExitsWithOne() throws {
        for command in ["dump", "speakers", "refs"] {
            let missing = try run(command, "/nonexistent/file.txt")
            #expect(missing.status == 1)
            #expect(missing.err == "verbatim: /nonexistent/file.txt: no such file\n")
            #expect(missing.out.isEmpty)
        }
        let empty = Fixture.temporaryFile([])
        #expect(try run("dump", empty).status == 1)
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try run("dump").status == 2)
        #expect(try run("refs", Fixture.path, "--kind", "treaty").status == 2)
        #expect(try run("speakers", Fixture.path, "--format", "xml").status == 2)
        #expect(try run("dump", Fixture.path, "--no-such-option").status == 2)
        #expect(try run("dump", Fixture.path, "--encoding", "latin1").status == 2)
        let help = try run("dump", "--help")
        #expect(help.status == 0 && help.out.contains("--format"))
    }

    @Test func encodingOverride() throws {
        let bytes = try #require(TextEncoding.gb18030.encode(Fixture.text))
        let path = Fixture.temporaryFile(bytes)
        let guessed = try run("speakers", path)
        #expect(guessed.status == 0 && guessed.err.contains("warning:") && guessed.err.contains("GB 18030"))
        #expect(guessed.out.contains("杜达总统"))
        let forced = try run("speakers", path, "--encoding", "utf-8")
        #expect(forced.status == 1 && forced.err.contains("offset 1"))
    }

    @Test func warningsGoToStandardErrorInEveryCommand() throws {
        let bytes = try #require(TextEncoding.gb18030.encode(Fixture.text))
        let path = Fixture.temporaryFile(bytes, name: "S_PV.8160_zh.txt")
        for arguments in [[path], ["dump", path], ["refs", path], ["speakers", path], ["dump", path, "--format", "json"],
                          ["render", path, "--size", "80x24"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.err.contains("GB 18030"), "\(arguments): the warning is not on standard error")
            if !arguments.contains("json") && !arguments.contains("render") {
                #expect(!result.out.contains("GB 18030"), "\(arguments): the warning is in the output")
            }
        }
        // Every output agrees on the symbol the file is named after.
        let json = try run("dump", path, "--format", "json").out
        #expect(json.contains(#""symbol" : "S/PV.8160""#) || json.contains(#""symbol":"S/PV.8160""#))
        #expect(json.contains("file-name"))
    }

    @Test func dumpTextShowsStatementsInOrder() throws {
        let result = try run("dump", Fixture.path)
        #expect(result.status == 0)
        #expect(result.out.contains("statement 3/24: 主席（以俄语发言）"))
        #expect(result.out.contains("（以哈萨克语发言；英文口译由代表团提供）"))
    }

    @Test func dumpTextShowsControlCharactersAsStandIns() throws {
        let path = Fixture.temporaryFile(Array("上午10时开会。\n主席（以英语发言）：警告\u{1B}[2J清屏。\n".utf8))
        let result = try run("dump", path, "--format", "text")
        #expect(result.status == 0)
        #expect(!result.out.unicodeScalars.contains("\u{1B}"))
        #expect(result.out.contains("警告^[[2J清屏。"))
    }

    /// `dump --json` is written piece by piece; the bytes are those of the record encoded whole.
    @Test func streamedDumpEqualsTheRecordEncodedWhole() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let empty = Fixture.temporaryFile(Array("上午10时开会。\n下午1时散会。\n".utf8))
        // Everything JSON escapes: quotes, backslashes, C0 controls; and what it leaves as is.
        let hostile = Fixture.temporaryFile(Array(Fixture.text.utf8) + Array(
            "上午10时开会。\n主席（以英语发言）：他说\"引号\"、反斜杠\\、\u{1}\u{8}\u{C}\u{1B}[2J、\t制表、\u{7F}、\u{2028}、/斜杠/。\n下午1时散会。\n".utf8))
        for path in [Fixture.path, empty, hostile] {
            let result = try run("dump", path, "--json")
            #expect(result.status == 0)
            let whole = try encoder.encode(try RecordLoader.load(path: path))
            #expect(result.out == String(decoding: whole, as: UTF8.self) + "\n")
        }
    }
}
