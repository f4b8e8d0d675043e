import Foundation
import Testing
@testable import verbatim

/// The command line's C-library stand-ins for Foundation (`String(format:)`, `URL`'s path
/// clean-up, `FileHandle` writes) give what Foundation gave.
@Suite struct CommandLineHelpersTests {
    @Test func printfFormatIsStringFormat() {
        for value in [0.0, 0.05, 0.25, 1.0 / 3, 12.345, 1_048_576.9, 99.95] {
            #expect(PrintfFormat.string("%.1f", value) == String(format: "%.1f", value))
            #expect(PrintfFormat.string("%.2f", value) == String(format: "%.2f", value))
        }
        #expect(PrintfFormat.string("indexing: %ld/%ld files, %.1f MB", 3, 2_000, 1.5) == "indexing: 3/2000 files, 1.5 MB")
        let long = PrintfFormat.string("%300ld", 7)
        #expect(long.count == 300 && long.hasSuffix("7"))
    }

    @Test func aStatementListStoppedAtItsColumnPrintsWhatTheWholeListPrints() {
        let lists: [[Int]] = [[], [4], [1, 2], [1, 2, 3, 9], Array(1...3_000).filter { $0 % 7 != 0 }]
            + (1...40).map { n in (0..<n).map { $0 * 3 + $0 % 2 } }
        for list in lists {
            let whole = RefsCommand.compact(list)
            #expect(!whole.contains(", , "))
            for limit in [8, 20, 60] {
                let stopped = RefsCommand.compact(list, limit: limit)
                #expect(whole.hasPrefix(stopped) && (stopped == whole || stopped.count > limit), "\(list.count) \(limit)")
                var table = TextTable(header: ["statements"])
                table.maximumWidth = limit
                table.rows = [[whole]]
                var cut = table
                cut.rows = [[stopped]]
                #expect(cut.render() == table.render(), "\(list.count) \(limit)")
            }
        }
        #expect(RefsCommand.compact([1, 2, 3, 5, 6, 9]) == "1-3, 5, 6, 9")
        #expect(RefsCommand.compact([]) == "—")
    }

    @Test func canonicalPathsAreThoseURLGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-paths-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        let missing = folder.path + "/sub/../new.txt"
        for path in [file.path, link.path, folder.path + "/./a.txt", missing] {
            let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            #expect(OutputFile.canonical(path) == url, "\(path)")
        }
        #expect(try OutputFile.isSame(link.path, as: file.path))
        #expect(try !OutputFile.isSame(missing, as: file.path))
    }

    @Test func aRefusedWriteThrowsWithTheSystemsReason() throws {
        let full = try OutputFile.open("/dev/full")
        defer { full.close() }
        #expect(throws: OutputError.self) { try full.write("x") }
        do {
            try full.write([UInt8](repeating: 0x41, count: 10))
        } catch let error as OutputError {
            #expect(error.description == String(cString: strerror(ENOSPC)))
        }
    }
}
