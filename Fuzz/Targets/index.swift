#if canImport(Glibc)
import Glibc
#endif
import VerbatimKit
import VerbatimLibrary

/// The file names the fuzzer writes into the library folder: records in several languages of
/// two meetings, one in a subfolder, a resolution, a file that is not a record, and a name
/// that is also a folder's (a write there fails, as it would for a user).
private let fileNames = [
    "S_PV.8160_zh.txt", "S_PV.8160_en.txt", "sub/S_PV.8160_fr.txt", "S_PV.8161_zh.txt",
    "sub/deep/S_PV.8162.txt", "S_RES_1540(2004)_zh.txt", "notes.txt", "sub",
]

/// Words searched in both indexes, besides words taken from the records themselves.
private let fixedQueries = ["安全", "决议", "不扩散", "S/RES", "the", "Council", "第", "resolution 1540"]

/// The library folder and the index files of this process, made once (`mkdtemp`).
private let workspace: String = {
    var template = Array("/tmp/verbatim-fuzz-index.XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { fuzzFailure("mkdtemp failed") }
    let root = String(cString: made)
    // Library.open remembers each folder it opens in the cache folder: keep that here too.
    setenv("XDG_CACHE_HOME", root + "/cache", 1)
    // Removed when the run ends without a finding; after one, the folder is left to look at.
    atexit { removeTree(workspace) }
    return root
}()

private var folder: String { workspace + "/records" }
private var incrementalIndex: String { workspace + "/incremental.sqlite" }
private var freshIndex: String { workspace + "/fresh.sqlite" }

/// `index`: a program of file operations on a library folder, with index updates between
/// them. After every update the incrementally updated index must answer exactly as an index
/// built afresh from the same folder: meetings, their files, the meetings citing each
/// reference (with their statements and mention counts), each country's statements, each
/// statement's person, and searches.
///
/// Input: a sequence of operations, each a byte (its value modulo 8) and its operands:
/// 0–2 write a file (a name byte, a two-byte length, that many bytes of content), 3 remove a
/// file (a name byte), 4 append to a file (as a write), 5 write a file's bytes again unchanged
/// (a name byte), 6–7 update the index and compare. The index is compared once more at the end.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndex(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    var input = FuzzBytes(UnsafeBufferPointer(start: data, count: count))
    removeTree(workspace + "/records")
    for index in [incrementalIndex, freshIndex] { removeIndex(index) }
    makeFolders(folder + "/sub/deep")
    var updates = 0
    while !input.isAtEnd, updates < 8 {
        let op = input.byte() % 8
        switch op {
        case 0, 1, 2, 4:
            let name = fileNames[Int(input.byte()) % fileNames.count]
            let length = input.uint16() % 4096
            let content = input.take(length)
            writeFile(folder + "/" + name, content, append: op == 4)
        case 3:
            unlink(folder + "/" + fileNames[Int(input.byte()) % fileNames.count])
        case 5:
            let path = folder + "/" + fileNames[Int(input.byte()) % fileNames.count]
            if let bytes = readFile(path) { writeFile(path, bytes, append: false) }
        default:
            compareWithFreshBuild()
            updates += 1
        }
    }
    compareWithFreshBuild()
    return 0
}

/// Brings the incremental index up to date, builds a fresh one, and stops the run on the first
/// answer in which they differ.
private func compareWithFreshBuild() {
    let incremental: Library
    let fresh: Library
    do {
        incremental = try Library.open(folder: folder, indexPath: incrementalIndex).0
        removeIndex(freshIndex)
        fresh = try Library.open(folder: folder, indexPath: freshIndex).0
    } catch {
        fuzzFailure("the library did not open: \(error.message)")
    }
    func same<T: Equatable>(_ what: String, _ answer: (Library) -> T) {
        let a = answer(incremental)
        let b = answer(fresh)
        if a != b { fuzzFailure("\(what) differs:\n  updated: \(a)\n  fresh:   \(b)") }
    }
    same("meetings") { $0.meetings() }
    let meetings = fresh.meetings()
    for meeting in meetings {
        same("meeting \(meeting.key)") { $0.meeting(symbol: meeting.key) }
        for file in meeting.files {
            same("the meeting of \(file.path)") { $0.meeting(path: file.path) }
        }
    }
    // What the records say, read from the folder as it is now: the references they cite,
    // the countries that speak, the number of statements, and words to search.
    var references: Set<String> = []
    var countries: Set<String> = []
    var queries = Set(fixedQueries)
    for meeting in meetings {
        for file in meeting.files {
            guard let record = try? RecordLoader.load(path: file.path) else { continue }
            for reference in record.references { references.insert(reference.id) }
            for statement in record.statements {
                if let code = statement.speaker.countryCode { countries.insert(code) }
                if let words = statement.paragraphs.first?.text.prefix(4), words.count >= 1 { queries.insert(String(words)) }
            }
            for statement in 1...max(1, min(record.statements.count, 40)) {
                same("the person of \(file.path) statement \(statement)") { $0.person(of: file.path, statement: statement) }
            }
            if let symbol = record.meeting.symbol { same("document \(symbol)") { $0.document(symbol: symbol) } }
        }
    }
    for reference in references.sorted() {
        same("the meetings citing \(reference)") { $0.citing(reference) }
    }
    for code in countries.sorted() {
        same("the statements of \(code)") { $0.statements(countryCode: code) }
    }
    // Hits come in date order; among hits of one date the order is the order in which the
    // files were indexed (paragraph ids), which an update history may change: the hits are
    // compared as a set, and each answer must be in date order.
    for query in queries.sorted().prefix(24) {
        for library in [incremental, fresh] {
            let dates = library.search(query, limit: 100_000).map { $0.isoDate ?? "~undated" }
            if dates != dates.sorted() { fuzzFailure("search \(query): hits not in date order: \(dates)") }
        }
        same("search \(query)") { library in
            library.search(query, limit: 100_000).sorted { a, b in
                (a.isoDate ?? "~", a.path, a.position.paragraph, a.position.offset)
                    < (b.isoDate ?? "~", b.path, b.position.paragraph, b.position.offset)
            }
        }
    }
}

// MARK: Files, without Foundation

private func writeFile(_ path: String, _ bytes: [UInt8], append: Bool) {
    let fd = open(path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o644)
    guard fd >= 0 else { return }
    bytes.withUnsafeBytes { raw in
        var done = 0
        while done < raw.count {
            let n = write(fd, raw.baseAddress! + done, raw.count - done)
            if n <= 0 { break }
            done += n
        }
    }
    close(fd)
}

private func readFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        out += buffer[0..<n]
    }
    return out
}

private func makeFolders(_ path: String) {
    var partial = ""
    for component in path.split(separator: "/") {
        partial += "/" + component
        mkdir(partial, 0o755)
    }
}

/// Removes a folder and everything under it.
private func removeTree(_ path: String) {
    guard let dir = opendir(path) else { unlink(path); return }
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name == "." || name == ".." { continue }
        let child = path + "/" + name
        var info = stat()
        if lstat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { removeTree(child) } else { unlink(child) }
    }
    closedir(dir)
    rmdir(path)
}

private func removeIndex(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
}
