import Foundation
import Testing
@testable import VerbatimKit

/// `verbatim export`, run as the built executable: formats, `--statement`, `-o`, `--bom` and
/// exit codes.
@Suite struct ExportCommandTests {
    let commands = CommandTests()

    @Test func jsonIsWhatDumpPrints() throws {
        let export = try commands.run("export", Fixture.path, "--to", "json")
        let dump = try commands.run("dump", Fixture.path, "--json")
        #expect(export.status == 0)
        #expect(export.out == dump.out)
        let one = try commands.run("export", Fixture.path, "--to", "json", "--statement", "6")
        let statement = try JSONDecoder().decode(Statement.self, from: Data(one.out.utf8))
        #expect(statement == Fixture.record.statements[5])
    }

    @Test func oneStatementInEachFormat() throws {
        let markdown = try commands.run("export", Fixture.path, "--to", "md", "--statement", "6")
        #expect(markdown.status == 0)
        #expect(markdown.out == MarkdownExport.statement(Fixture.record.statements[5], in: Fixture.record))
        #expect(markdown.out.hasPrefix("## Statement 6: 萨巴赫先生 (科威特), language ar\n"))
        let csv = try commands.run("export", Fixture.path, "--to", "csv", "--statement", "6")
        #expect(csv.out.components(separatedBy: "\r\n").count == 3)
        #expect(csv.out.contains("\r\n6,萨巴赫,先生,科威特,ar,7-8,"))
        let html = try commands.run("export", Fixture.path, "--to", "html", "--statement", "6")
        #expect(html.out.contains("id=\"st-6\""))
        #expect(!html.out.contains("id=\"st-5\""))
    }

    @Test func aStatementOutOfRangeIsOneLineAndStatusOne() throws {
        for n in ["0", "25", "-3"] {
            let result = try commands.run("export", Fixture.path, "--to", "md", "--statement=\(n)")
            #expect(result.status == 1, "--statement \(n)")
            #expect(result.out.isEmpty)
            #expect(result.err == "verbatim: no statement \(n): the record has 24 statements\n")
        }
    }

    @Test func outputFileAndByteOrderMark() throws {
        let out = Fixture.temporaryFile([], name: "speakers.csv")
        let result = try commands.run("export", Fixture.path, "--to", "csv", "--bom", "-o", out)
        #expect(result.status == 0)
        #expect(result.out.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(Array(written.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let plain = try commands.run("export", Fixture.path, "--to", "csv")
        #expect(Data(written.dropFirst(3)) == Data(plain.out.utf8))
        #expect(plain.out.utf8.first == UInt8(ascii: "i"))
        // Only CSV has a byte order mark to give.
        #expect(try commands.run("export", Fixture.path, "--to", "md", "--bom").status == 2)
    }

    @Test func neverWritesOverTheInputFile() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: Fixture.path))
        let input = Fixture.temporaryFile(Array(original), name: "S_PV.8160_zh.txt")
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent()
        let link = folder.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
        let dotted = folder.appendingPathComponent("./S_PV.8160_zh.txt").path
        for output in [input, link, dotted] {
            let result = try commands.run("export", input, "--to", "md", "-o", output)
            #expect(result.status == 1, "\(output)")
            #expect(result.err.hasPrefix("verbatim: refusing to write over the input file"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
        }
        // Through the link as input, onto the file itself.
        #expect(try commands.run("export", link, "--to", "md", "-o", input).status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
    }

    @Test func theOutputFileIsWrittenInPlace() throws {
        // Through a link: the link stays a link, the file it names gets the export.
        let target = Fixture.temporaryFile(Array("old".utf8), name: "target.md")
        let link = URL(fileURLWithPath: target).deletingLastPathComponent().appendingPathComponent("out.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try commands.run("export", Fixture.path, "--to", "md", "--statement", "2", "-o", link).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("## Statement 2: "))
        // A write that fails is one line and status 1, in every format (a device stays a device).
        if FileManager.default.fileExists(atPath: "/dev/full") {
            for format in ["md", "csv", "json", "html"] {
                let full = try commands.run("export", Fixture.path, "--to", format, "-o", "/dev/full")
                #expect(full.status == 1, "\(format)")
                #expect(full.err.hasPrefix("verbatim: cannot write /dev/full: ") && full.err.filter { $0 == "\n" }.count == 1)
            }
            let kind = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
            #expect(kind == .typeCharacterSpecial)
        }
        #expect(try commands.run("export", Fixture.path, "--to", "md", "-o", "/nonexistent-folder/x.md").status == 1)
    }

    @Test func unknownFormatIsAUsageError() throws {
        #expect(try commands.run("export", Fixture.path, "--to", "pdf").status == 2)
        #expect(try commands.run("export", Fixture.path).status == 2)
    }
}
