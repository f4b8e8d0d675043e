import Foundation
import Testing
import VerbatimKit
@testable import VerbatimLibrary

/// Incremental updates and faults: files added, changed, touched and removed; a corrupt index,
/// an index that cannot be written, two connections at once, the cache location.
@Suite struct LibraryUpdateTests {
    @Test func readsAgainOnlyWhatChanged() throws {
        let generated = try GeneratedLibrary(meetings: 6)
        defer { generated.remove() }
        _ = try Library.open(folder: generated.folder, indexPath: generated.index)
        let (_, unchanged) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(unchanged.added == 0 && unchanged.updated == 0 && unchanged.removed == 0)
        #expect(unchanged.meetings == 6)

        // Touched but the same bytes: the hash says unchanged.
        let later = Date().addingTimeInterval(60)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: generated.path(1))
        let (_, touched) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(touched.added == 0 && touched.updated == 0 && touched.removed == 0)

        // Changed: meeting 2 now speaks of 量子引力; meeting 7 added; meeting 4 removed.
        try (generated.text(2) + "\n量子引力先生（中国）：量子引力是一个新议题。\n").write(toFile: generated.path(2), atomically: true, encoding: .utf8)
        try generated.text(7).write(toFile: generated.folder + "/S_PV.8207_zh.txt", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: generated.path(4))
        let (library, changed) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(changed.added == 1)
        #expect(changed.updated == 1)
        #expect(changed.removed == 1)
        #expect(changed.meetings == 6)
        #expect(library.search("量子引力").map(\.path) == [generated.path(2)])
        #expect(library.meeting(symbol: generated.symbol(4)) == nil)
        #expect(library.meeting(symbol: generated.symbol(7)) != nil)
        #expect(library.search("拉夫罗夫", limit: 1000).allSatisfy { $0.path != generated.path(4) })
        #expect(library.citing("S/RES/1540 (2004)").map(\.meeting.key) == [generated.symbol(0), generated.symbol(2)])
        #expect(library.fullTextIsConsistent())
    }

    /// Two first builds of one index at once (two connections, as two processes would) both
    /// succeed, and each file is written once: the one that writes second finds it written.
    @Test func twoFirstBuildsAtOnceWriteEachFileOnce() throws {
        for _ in 0..<3 {
            let generated = try GeneratedLibrary(meetings: 8)
            defer { generated.remove() }
            let reports = ReportBox()
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                do {
                    let (library, report) = try Library.open(folder: generated.folder, indexPath: generated.index)
                    reports.append(report, consistent: library.fullTextIsConsistent())
                } catch {
                    Issue.record("a first build failed: \(error)")
                }
            }
            let done = reports.values
            #expect(done.count == 2)
            #expect(done.map(\.report.meetings) == [8, 8])
            #expect(done.map(\.report.added).reduce(0, +) == 8)
            #expect(done.allSatisfy { $0.consistent })
            let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
            #expect(library.search("拉夫罗夫", limit: 1000).count == 8 * library.search("拉夫罗夫", filter: SearchFilter(from: "2018-01-01", to: "2018-01-31"), limit: 1000).count)
        }
    }

    final class ReportBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [(report: IndexReport, consistent: Bool)] = []
        func append(_ report: IndexReport, consistent: Bool) { lock.withLock { stored.append((report, consistent)) } }
        var values: [(report: IndexReport, consistent: Bool)] { lock.withLock { stored } }
    }

    @Test func rebuildsACorruptIndexWithAWarning() throws {
        let generated = try GeneratedLibrary(meetings: 3)
        defer { generated.remove() }
        _ = try Library.open(folder: generated.folder, indexPath: generated.index)
        var garbage = Data("this is not a database".utf8)
        garbage.append(Data(repeating: 0x5A, count: 8192))
        try garbage.write(to: URL(fileURLWithPath: generated.index))
        try? FileManager.default.removeItem(atPath: generated.index + "-wal")
        try? FileManager.default.removeItem(atPath: generated.index + "-shm")
        let (library, report) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(report.warnings.contains { $0.contains("rebuilt") })
        #expect(report.meetings == 3)
        #expect(report.added == 3)
        #expect(library.indexPath == generated.index)
        #expect(library.meetings().count == 3)
    }

    @Test func keepsTheIndexInMemoryWhenItCannotBeWritten() throws {
        let generated = try GeneratedLibrary(meetings: 2)
        defer { generated.remove() }
        // A folder that cannot be made, even by root: its parent is a file.
        let blocker = generated.cache + "/not-a-folder"
        try "x".write(toFile: blocker, atomically: true, encoding: .utf8)
        let (library, report) = try Library.open(folder: generated.folder, indexPath: blocker + "/index.sqlite")
        #expect(library.indexPath == ":memory:")
        #expect(report.warnings.contains { $0.contains("in memory") })
        #expect(report.meetings == 2)
        #expect(!library.search("不扩散").isEmpty)
    }

    @Test func twoConnectionsWorkOnOneIndexAtOnce() throws {
        let generated = try GeneratedLibrary(meetings: 3)
        defer { generated.remove() }
        let (first, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
        let before = first.search("不扩散", limit: 1000).count
        try generated.text(5).write(toFile: generated.folder + "/S_PV.8205_zh.txt", atomically: true, encoding: .utf8)
        // A second connection updates the index while the first keeps reading.
        let (second, report) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(report.added == 1)
        #expect(second.meetings().count == 4)
        #expect(first.meetings().count == 4)
        #expect(first.search("不扩散", limit: 1000).count > before)
        // Two updates at the same time on two threads both succeed.
        try generated.text(6).write(toFile: generated.folder + "/S_PV.8206_zh.txt", atomically: true, encoding: .utf8)
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do {
                let (library, _) = try Library.open(folder: generated.folder, indexPath: generated.index)
                results.append(library.meetings().count)
            } catch {
                Issue.record("a second process failed: \(error)")
                results.append(-1)
            }
        }
        #expect(results.values == [5, 5])
        #expect(second.search("拉夫罗夫", limit: 1000).count == 5 * first.search("拉夫罗夫", filter: SearchFilter(from: "2018-01-01", to: "2018-01-31"), limit: 1000).count)
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [Int] = []
        func append(_ value: Int) { lock.withLock { stored.append(value) } }
        var values: [Int] { lock.withLock { stored } }
    }

    @Test func keepsIndexesInTheCacheKeyedByTheFoldersRealPathAndRemembersThem() throws {
        let generated = try GeneratedLibrary(meetings: 1)
        defer { generated.remove() }
        setenv("XDG_CACHE_HOME", generated.cache, 1)
        defer { unsetenv("XDG_CACHE_HOME") }
        let path = LibraryLocations.defaultIndexPath(for: generated.folder)
        #expect(path.hasPrefix(generated.cache + "/verbatim/"))
        #expect(LibraryLocations.defaultIndexPath(for: generated.folder + "/2018/..") == path)
        #expect(LibraryLocations.defaultIndexPath(for: generated.folder + "/2018") != path)
        let before = try FileManager.default.subpathsOfDirectory(atPath: generated.folder).sorted()
        let (library, _) = try Library.open(folder: generated.folder)
        #expect(library.indexPath == path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: generated.folder).sorted() == before)
        #expect(LibraryLocations.mostRecent().first == LibraryLocations.realPath(generated.folder))
    }

    @Test func refusesAFolderThatIsNotThere() {
        #expect(throws: LibraryError.self) { try Library.open(folder: "/nonexistent/verbatim-library", indexPath: ":memory:") }
    }
}

/// An index kept inside the library's folder (`--index`) is not read as a file of the library,
/// whatever path names it.
@Suite struct IndexInsideTheFolderTests {
    @Test func skipsItsOwnIndexFiles() throws {
        let generated = try GeneratedLibrary(meetings: 2)
        defer { generated.remove() }
        let (_, first) = try Library.open(folder: generated.folder, indexPath: generated.folder + "/2018/../index.sqlite")
        #expect(first.failed.isEmpty)
        #expect(first.notRecords.isEmpty)
        let (_, second) = try Library.open(folder: generated.folder + "/", indexPath: generated.folder + "/index.sqlite")
        #expect(second.failed.isEmpty && second.notRecords.isEmpty)
        #expect(second.added == 0 && second.updated == 0 && second.removed == 0)
        #expect(second.meetings == 2)
    }
}

/// An update stopped between batches leaves a consistent index that the next open completes.
@Suite struct CancelledUpdateTests {
    @Test func aStoppedUpdateIsCompletedByTheNextOpen() throws {
        let generated = try GeneratedLibrary(meetings: 3)
        defer { generated.remove() }
        let (stopped, report) = try Library.open(folder: generated.folder, indexPath: generated.index, isCancelled: { true })
        #expect(report.added == 0)
        #expect(report.warnings.contains { $0.contains("stopped") })
        #expect(stopped.meetings().isEmpty)
        let (library, completed) = try Library.open(folder: generated.folder, indexPath: generated.index)
        #expect(completed.added == 3)
        #expect(library.meetings().count == 3)
        #expect(library.fullTextIsConsistent())
    }
}
