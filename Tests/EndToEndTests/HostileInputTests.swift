import Foundation
import Testing

/// Hostile input through the real binary: standard input and pipes for every command, control
/// characters in what `render` and `dump` print, and a 1×1 screen during a search.
@Suite(.timeLimit(.minutes(1))) struct HostileInputTests {
    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs `sh -c script` with `$VERBATIM` set to the binary and `$FIXTURE` to the record;
    /// output and errors go through files, so a large output cannot block.
    func shell(_ script: String) throws -> Run {
        let scratch = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try spawnAndWait(
            ["/bin/sh", "-c", script],
            environment: ["VERBATIM": Paths.binary, "FIXTURE": Paths.fixture, "PATH": "/usr/bin:/bin",
                          "LANG": "C.UTF-8", "SCRATCH": scratch.path],
            scratch: scratch)
        return Run(status: result.status, out: String(decoding: result.output, as: UTF8.self),
                   err: String(decoding: result.errors, as: UTF8.self))
    }

    @Test func dumpOfStandardInputEqualsDumpOfTheFile() throws {
        let piped = try shell(#"cat "$FIXTURE" | "$VERBATIM" dump - --json"#)
        let named = try shell(#""$VERBATIM" dump "$FIXTURE" --json"#)
        #expect(piped.status == 0, "\(piped.err)")
        let pipedJSON = try #require(try JSONSerialization.jsonObject(with: Data(piped.out.utf8)) as? [String: Any])
        let namedJSON = try #require(try JSONSerialization.jsonObject(with: Data(named.out.utf8)) as? [String: Any])
        #expect((pipedJSON["statements"] as? [Any])?.count == 24)
        for key in ["statements", "references", "agenda", "unattributed"] {
            #expect((pipedJSON[key] as? NSArray) == (namedJSON[key] as? NSArray), "\(key)")
        }
    }

    @Test(arguments: [["speakers", "-"], ["refs", "-"], ["render", "-", "--size", "80x24"], ["dump", "-"]])
    func everyCommandReadsStandardInput(arguments: [String]) throws {
        let run = try shell(#""$VERBATIM" "# + arguments.joined(separator: " ") + #" < "$FIXTURE""#)
        #expect(run.status == 0, "\(arguments): \(run.err)")
        #expect(run.out.contains(arguments[0] == "refs" ? "S/2018/4" : "杜达"), "\(arguments)")
    }

    @Test func emptyStandardInputIsOneLineAndExit1() throws {
        for command in ["dump -", "dump - --json", "render -", "speakers -"] {
            let run = try shell(#""$VERBATIM" "# + command + " </dev/null")
            #expect(run.status == 1, "\(command)")
            #expect(run.out.isEmpty)
            #expect(run.err == "verbatim: standard input: the input is empty\n", "\(command): \(run.err)")
        }
    }

    @Test func aNamedPipeIsReadLikeStandardInput() throws {
        let run = try shell(#"mkfifo "$SCRATCH/p" && { cat "$FIXTURE" > "$SCRATCH/p" & } && "$VERBATIM" speakers "$SCRATCH/p""#)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("杜达"))
    }

    @Test func aTwoGigabyteFileIsOneLineGivingTheLimit() throws {
        let run = try shell(#"truncate -s 2G "$SCRATCH/big.txt" && "$VERBATIM" dump "$SCRATCH/big.txt""#)
        #expect(run.status == 1)
        #expect(run.err.hasSuffix("big.txt: the input is too large (2048 MB; at most 1024 MB)\n"), "\(run.err)")
        #expect(run.err.split(separator: "\n").count == 1)
    }

    /// Every C0 control but NUL and the line ends, every C1 control and every bidi control, put
    /// into speaker labels and next to citations.
    static let controls: [Unicode.Scalar] = {
        let c0 = (0x01...0x1F).filter { $0 != 0x0A && $0 != 0x0D }
        let c1 = Array(0x80...0x9F)
        let bidi = [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069)
        return (c0 + [0x7F] + c1 + bidi).compactMap(Unicode.Scalar.init)
    }()

    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && controls.contains(scalar)
    }

    func hostileRecord(in scratch: String) throws -> String {
        var text = try String(contentsOfFile: Paths.fixture, encoding: .utf8)
        text += "\n"
        for scalar in Self.controls {
            let c = String(scalar)
            text += "张\(c)先生（中\(c)国）（以英语发言）：见第984 (1995)号决议\(c)和S/2018/4\(c)。\n"
        }
        let path = scratch + "/controls.txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func controlCharactersInLabelsAndCitationsNeverReachTheOutputRaw() throws {
        let scratch = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = try hostileRecord(in: scratch.path)
        let quoted = TmuxSession.shellQuote(path)
        for command in [
            "dump \(quoted)", "speakers \(quoted)", "refs \(quoted)",
            "render \(quoted) --size 100x30 --keys 'G'",
            "render \(quoted) --size 100x30 --keys 's G Enter'",
            "render \(quoted) --size 100x30 --keys 'r G'",
        ] {
            let run = try shell(#""$VERBATIM" "# + command)
            #expect(run.status == 0, "\(command): \(run.err)")
            let raw = run.out.unicodeScalars.filter(Self.isRawControl)
            #expect(raw.isEmpty, "\(command): \(raw.map { String($0.value, radix: 16) })")
        }
    }

    @Test func aSearchOnAOneByOneScreenDrawsOneCell() throws {
        let run = try shell(#""$VERBATIM" render "$FIXTURE" --size 1x1 --keys "/核 Enter n n""#)
        #expect(run.status == 0, "\(run.err)")
        let rows = run.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.count == 1, "\(rows)")
        #expect(rows.allSatisfy { ScreenText.width(String($0)) <= 1 }, "\(rows)")
    }

    @Test func thePipedBrowserReadsKeysFromTheTerminal() throws {
        let session = try TmuxSession(["/bin/sh", "-c", "cat \(TmuxSession.shellQuote(Paths.fixture)) | \(TmuxSession.shellQuote(Paths.binary)) -"])
        defer { session.close() }
        #expect(try session.waitFor("? help"), "\((try? session.screenText()) ?? "")")
        try session.type(":12")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 12/24"))
        try session.quitAndExpectRestored()
    }
}
