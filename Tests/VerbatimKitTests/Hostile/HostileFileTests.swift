import Foundation
import Testing
@testable import VerbatimKit

/// Inputs that are not ordinary files, or that change, or that are huge: each opens, or is
/// refused with one line; none crashes, hangs or is read past the size limit.
@Suite struct HostileFileTests {
    func loadResult(_ path: String) -> Result<Record, LoadError> {
        do { return .success(try RecordLoader.load(path: path)) } catch { return .failure(error) }
    }

    /// A fresh FIFO in a fresh temporary folder.
    func fifo() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("record").path
        try #require(mkfifo(path, 0o600) == 0)
        return path
    }

    @Test func aNamedPipeIsReadToItsEndLikeStandardInput() throws {
        let path = try fifo()
        let bytes = Array(Fixture.text.utf8)
        // The writer opens the pipe only when the loader opens it, and writes in pieces.
        let writer = Thread {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { return }
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress! + done, min(4096, bytes.count - done)) }
                if n <= 0 { break }
                done += n
            }
            close(fd)
        }
        writer.start()
        let record = try RecordLoader.load(path: path)
        #expect(record.statements.count == 24)
        #expect(record.statements == (try RecordLoader.load(path: Fixture.path)).statements)
    }

    @Test func anEmptyNamedPipeSaysTheInputIsEmpty() throws {
        let path = try fifo()
        let writer = Thread { close(open(path, O_WRONLY)) }
        writer.start()
        guard case .failure(let error) = loadResult(path) else { Issue.record("an empty pipe opened"); return }
        #expect(error.message == "\(path): the input is empty")
    }

    @Test func aTwoGigabyteFileIsRefusedWithTheDocumentedLimitBeforeItIsRead() throws {
        // Sparse files: no disk is used, and the loader must refuse them from their size alone.
        for size in [2_000_000_000, 1 << 31] {
            let path = Fixture.temporaryFile([])
            let fd = open(path, O_WRONLY)
            try #require(fd >= 0 && ftruncate(fd, off_t(size)) == 0)
            close(fd)
            defer { unlink(path) }
            let started = Date()
            guard case .failure(let error) = loadResult(path) else { Issue.record("a \(size)-byte file opened"); continue }
            #expect(error.message == "\(path): the input is too large (\(size / 1_048_576) MB; at most 1024 MB)")
            #expect(!error.message.contains("\n"))
            #expect(Date().timeIntervalSince(started) < 1, "refused from its size, not read")
        }
        #expect(RecordLoader.maximumFileSize == 1 << 30)
    }

    @Test func aFileAppendedWhileReadGivesTheTextItHadWhenOpened() throws {
        let text = Fixture.text
        let path = Fixture.temporaryFile(Array(text.utf8))
        let stop = LockedFlag()
        let appender = Thread {
            let fd = open(path, O_WRONLY | O_APPEND)
            let extra = Array("秘书长（以英语发言）：追加的一段。\n".utf8)
            var writes = 0
            while !stop.isSet, fd >= 0, writes < 20_000 {
                writes += 1
                _ = extra.withUnsafeBufferPointer { write(fd, $0.baseAddress!, $0.count) }
            }
            close(fd)
        }
        appender.start()
        defer { stop.set() }
        for _ in 0..<5 {
            // Whatever was appended before the open is read, never beyond the size at open.
            switch loadResult(path) {
            case .success(let record): #expect(record.statements.count >= 24)
            case .failure(let error): Issue.record("\(error.message)")
            }
        }
    }

    @Test func aFileTruncatedWhileReadOpensOrIsRefusedInOneLine() throws {
        let chunk = Array(Fixture.text.utf8)
        var whole: [UInt8] = []
        for _ in 0..<20 { whole += chunk }
        let bytes = whole
        let path = Fixture.temporaryFile(bytes)
        let stop = LockedFlag()
        let cutter = Thread {
            var size = bytes.count
            while !stop.isSet {
                size = size > 1000 ? size / 2 : bytes.count
                truncate(path, off_t(size))
                if size == bytes.count {
                    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
                }
            }
        }
        cutter.start()
        defer { stop.set() }
        for _ in 0..<20 {
            // A file cut short reads as what was left: a record, or one line saying why not.
            if case .failure(let error) = loadResult(path) {
                #expect(!error.message.isEmpty && !error.message.contains("\n"))
            }
        }
    }
}

/// A flag shared between a test and its helper thread.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
