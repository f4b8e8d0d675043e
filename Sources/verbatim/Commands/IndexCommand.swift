import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import VerbatimTUI
import VerbatimLibrary

/// `verbatim index DIR`: builds or updates a library's index and says what it did.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the index of a folder of records.")

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let terminal = isatty(STDERR_FILENO) != 0
        var lastDraw = 0.0
        let (_, report) = try library.open { progress in
            guard terminal, progress.seconds - lastDraw >= 0.1 || progress.filesDone == progress.files else { return }
            lastDraw = progress.seconds
            let megabytes = Double(progress.bytesDone) / 1_048_576
            let line = PrintfFormat.string("indexing: %ld/%ld files, %.1f MB", progress.filesDone, progress.files, megabytes)
            StandardStream.error.write("\r\u{1B}[K\(line)")
        }
        if terminal && lastDraw > 0 { StandardStream.error.write("\r\u{1B}[K") }
        if output.effective == .json {
            try JSONOutput.print(report)
            return
        }
        print("\(report.meetings) meetings in \(report.files) files: \(report.added) added, \(report.updated) updated, "
              + "\(report.removed) removed (\(PrintfFormat.string("%.2f", report.seconds)) s)")
        for failure in report.failed { print("failed: \(failure.path): \(failure.error)") }
        if !report.notRecords.isEmpty { print("\(report.notRecords.count) files are not records:") }
        for path in report.notRecords { print("  \(path)") }
    }
}
