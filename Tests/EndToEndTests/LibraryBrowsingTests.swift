import Foundation
import Testing

/// The real binary in tmux on a library built at test time from the reference record: three
/// meetings (the record, and copies with their symbols changed, one citing another resolution
/// number) and a resolution's text written for the tests.
@Suite(.serialized, .timeLimit(.minutes(2))) struct LibraryBrowsingTests {
    /// A library folder and a cache folder of its own.
    struct Library {
        var root: URL
        var folder: String { root.appendingPathComponent("lib").path }
        var environment: [String: String] { ["XDG_CACHE_HOME": root.appendingPathComponent("cache").path] }
    }

    /// Builds the library: S/PV.8160 (the record), S/PV.8161 (the same, renumbered), S/PV.8162
    /// (renumbered, citing 1541 (2004) where the record cites 1540 (2004)), S/RES/1540 (2004).
    static func makeLibrary() throws -> Library {
        let root = try Paths.temporaryDirectory()
        let folder = root.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("more"), withIntermediateDirectories: true)
        let record = try String(contentsOfFile: Paths.fixture, encoding: .utf8)
        try record.write(to: folder.appendingPathComponent("S_PV.8160_zh.txt"), atomically: true, encoding: .utf8)
        try record.replacingOccurrences(of: "8160", with: "8161")
            .write(to: folder.appendingPathComponent("S_PV.8161_zh.txt"), atomically: true, encoding: .utf8)
        try record.replacingOccurrences(of: "8160", with: "8162").replacingOccurrences(of: "1540", with: "1541")
            .write(to: folder.appendingPathComponent("more/S_PV.8162_zh.txt"), atomically: true, encoding: .utf8)
        let resolution = """
            United Nations
            Security Council

            S/RES/1540 (2004)
            Distr.: General 28 April 2004

            Resolution 1540 (2004)
            Adopted by the Security Council at its 4956th meeting, on 28 April 2004
            The Security Council,
            Affirming that proliferation of nuclear, chemical and biological weapons constitutes a threat to international peace and security,
            04-32843 (E)
            *0432843*

            S/RES/1540 (2004)
            1. Decides that all States shall refrain from providing any form of support to non-State actors;
            2. Decides to remain seized of the matter.

            """
        try resolution.write(to: folder.appendingPathComponent("S-RES-1540(2004).txt"), atomically: true, encoding: .utf8)
        return Library(root: root)
    }

    private func start(_ library: Library, _ extra: [String] = [], width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let session = try TmuxSession([Paths.binary, library.folder] + extra, width: width, height: height, environment: library.environment)
        let started = try session.waitFor("Meetings 3", timeout: 20)
        #expect(started, "the meetings list did not come: \(session.dump)")
        return session
    }

    /// Opens the selected meeting and waits for its title.
    private func open(_ session: TmuxSession, _ symbol: String) throws {
        try session.send("Enter")
        #expect(try session.waitFor(" \(symbol) · 安全理事会"), "\(symbol) did not open: \(session.dump)")
    }

    @Test func aFolderOpensOnItsMeetingsList() throws {
        let library = try Self.makeLibrary()
        let session = try start(library)
        defer { session.close() }
        let screen = try session.screenText()
        for symbol in ["S/PV.8160", "S/PV.8161", "S/PV.8162"] { #expect(screen.contains(symbol)) }
        // The resolution is a document, not a meeting.
        #expect(!screen.contains("S/RES/1540 (2004)  "))
        #expect(screen.contains("Enter open  f filter  S sort  / search"))
        try session.quitAndExpectRestored()
    }

    @Test func aMeetingOpensAndBackReturnsToTheListWithItsPlace() throws {
        let library = try Self.makeLibrary()
        let session = try start(library)
        defer { session.close() }
        try session.send("S")
        try session.send("j")
        #expect(try session.waitFor("▶S/PV.8161"))
        try open(session, "S/PV.8161")
        #expect(try session.screenText().contains("Speakers 24"))
        try session.send("BSpace")
        #expect(try session.waitFor("Meetings 3 · by symbol"))
        #expect(try session.screenText().contains("▶S/PV.8161"))
        try session.quitAndExpectRestored()
    }

    @Test func mGoesIntoAnotherMeetingCitingTheReferenceAndBack() throws {
        let library = try Self.makeLibrary()
        let session = try start(library)
        defer { session.close() }
        try session.send("S")
        try open(session, "S/PV.8160")
        try session.type(":6")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 6/24"))
        // One other meeting cites 1540 (2004): S/PV.8162 cites 1541 instead.
        #expect(try session.screenText().contains("S/RES/1540 (2004) 2 · 15 +1"), "\(session.dump)")
        try session.send("M")
        #expect(try session.waitFor("Other meetings citing S/RES/1540 (2004) · 1/1"), "\(session.dump)")
        let list = try session.screenText()
        #expect(list.contains("S/PV.8161 · 15 mentions"))
        #expect(!list.contains("S/PV.8162 ·"))
        try session.send("Enter")
        #expect(try session.waitFor(" S/PV.8161 · 安全理事会"))
        #expect(try session.waitFor("Statement 6/24"))
        try session.send("BSpace")
        #expect(try session.waitFor(" S/PV.8160 · 安全理事会"))
        try session.quitAndExpectRestored()
    }

    @Test func oOpensTheResolutionsText() throws {
        let library = try Self.makeLibrary()
        let session = try start(library)
        defer { session.close() }
        try session.send("S")
        try open(session, "S/PV.8160")
        try session.type(":6")
        try session.send("Enter")
        #expect(try session.waitFor("Statement 6/24"))
        try session.send("O")
        #expect(try session.waitFor("Adopted by the Security Council at its 4956th meeting"), "\(session.dump)")
        let screen = try session.screenText()
        #expect(screen.hasPrefix(" S/RES/1540 (2004)"))
        #expect(screen.contains("Resolution 1540 (2004)"))
        // The page furniture is not part of the text.
        #expect(!screen.contains("04-32843"))
        try session.send("BSpace")
        #expect(try session.waitFor(" S/PV.8160 · 安全理事会"))
        try session.quitAndExpectRestored()
    }

    @Test func aListsTheCountrysStatementsInEveryMeeting() throws {
        let library = try Self.makeLibrary()
        let session = try start(library)
        defer { session.close() }
        try session.send("S")
        try open(session, "S/PV.8160")
        try session.type(":6")
        try session.send("Enter")
        #expect(try session.waitFor("萨巴赫先生（科威特）"))
        try session.send("a")
        #expect(try session.waitFor("Statements by 科威特 · 1/3"), "\(session.dump)")
        let screen = try session.screenText()
        for symbol in ["S/PV.8160", "S/PV.8161", "S/PV.8162"] { #expect(screen.contains("\(symbol) · p. 7 · 萨巴赫")) }
        try session.send("G")
        try session.send("Enter")
        #expect(try session.waitFor(" S/PV.8162 · 安全理事会"))
        try session.quitAndExpectRestored()
    }

    @Test func capitalAListsTheSpeakersStatementsInEveryMeeting() throws {
        let library = try Self.makeLibrary()
        let session = try start(library)
        defer { session.close() }
        try session.send("S")
        try open(session, "S/PV.8160")
        try session.type(":22")
        try session.send("Enter")
        #expect(try session.waitFor("涅边贾先生"))
        try session.send("A")
        #expect(try session.waitFor("Statements by 涅边贾"), "\(session.dump)")
        let screen = try session.screenText()
        for symbol in ["S/PV.8160", "S/PV.8161", "S/PV.8162"] { #expect(screen.contains("\(symbol) · p. ")) }
        try session.send("Escape")
        try session.quitAndExpectRestored()
    }

    @Test func searchFindsAcrossTheLibraryAndOpensAtTheMatch() throws {
        let library = try Self.makeLibrary()
        let session = try start(library)
        defer { session.close() }
        try session.send("/")
        try session.type("决议")
        try session.send("Enter")
        #expect(try session.waitFor("Found “决议” in the library"), "\(session.dump)")
        try session.send("Enter")
        #expect(try session.waitFor("opened S/PV."), "\(session.dump)")
        #expect(try session.screenText().contains("Speakers 24"))
        try session.quitAndExpectRestored()
    }

    @Test func theListIsUsableWhileIndexingAndCtrlCLeavesAConsistentIndex() throws {
        let root = try Paths.temporaryDirectory()
        let folder = root.appendingPathComponent("big")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let record = try String(contentsOfFile: Paths.fixture, encoding: .utf8)
        for n in 9001...9060 {
            try record.replacingOccurrences(of: "8160", with: "\(n)")
                .write(to: folder.appendingPathComponent("S_PV.\(n)_zh.txt"), atomically: true, encoding: .utf8)
        }
        let environment = ["XDG_CACHE_HOME": root.appendingPathComponent("cache").path]
        let session = try TmuxSession([Paths.binary, folder.path], environment: environment)
        defer { session.close() }
        #expect(try session.waitFor("indexing"), "no progress: \(session.dump)")
        // The keys work meanwhile.
        try session.send("?")
        #expect(try session.waitFor("┌─ Help"), "\(session.dump)")
        try session.send("Escape")
        try session.send("C-c")
        #expect(try session.exitStatus() == 0)
        #expect(try session.display("#{alternate_on} #{cursor_flag}") == "0 1", "terminal restored")
        // The index left behind is usable: an update completes it.
        let result = try spawnAndWait([Paths.binary, "index", folder.path], environment: environment, scratch: root)
        #expect(result.status == 0, "\(String(decoding: result.errors, as: UTF8.self))")
        #expect(String(decoding: result.output, as: UTF8.self).hasPrefix("60 meetings in 60 files"))
    }

    @Test func aCorruptIndexIsRebuiltWithAWarningAndTheLibraryStillOpens() throws {
        let library = try Self.makeLibrary()
        let index = library.root.appendingPathComponent("broken.sqlite").path
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: index))
        let session = try start(library, ["--index", index])
        defer { session.close() }
        let status = try session.screen().last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(status.contains("3 meetings · ⚠"), "no warning: \(status)")
        try open(session, "S/PV.8160")
        try session.quitAndExpectRestored()
    }

    @Test func twoProcessesOpenOneLibraryAtTheSameTime() throws {
        let library = try Self.makeLibrary()
        let first = try TmuxSession([Paths.binary, library.folder], environment: library.environment)
        let second = try TmuxSession([Paths.binary, library.folder], environment: library.environment)
        defer {
            first.close()
            second.close()
        }
        #expect(try first.waitFor("Meetings 3", timeout: 20), "\(first.dump)")
        #expect(try second.waitFor("Meetings 3", timeout: 20), "\(second.dump)")
        try second.send("/")
        try second.type("决议")
        try second.send("Enter")
        #expect(try second.waitFor("Found “决议” in the library"))
        try second.send("Escape")
        try first.quitAndExpectRestored()
        try second.quitAndExpectRestored()
    }

    @Test func aSymbolOpensFromTheLibraryUsedLastOrSaysWhichWereSearched() throws {
        let library = try Self.makeLibrary()
        let first = try start(library)
        try first.quitAndExpectRestored()
        first.close()

        let session = try TmuxSession([Paths.binary, "S/PV.8161"], environment: library.environment)
        defer { session.close() }
        #expect(try session.waitFor(" S/PV.8161 · 安全理事会", timeout: 20), "\(session.dump)")
        try session.send("BSpace")
        #expect(try session.waitFor("Meetings 3"))
        try session.quitAndExpectRestored()

        let result = try spawnAndWait([Paths.binary, "S/PV.1"], environment: library.environment, scratch: library.root)
        #expect(result.status == 1)
        let message = String(decoding: result.errors, as: UTF8.self)
        #expect(message.split(separator: "\n").count == 1)
        #expect(message.contains("S/PV.1 is in none of the libraries used: "))
        #expect(message.contains("/lib"))
    }
}
