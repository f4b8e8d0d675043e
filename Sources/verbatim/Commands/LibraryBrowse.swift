#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerbatimKit
import VerbatimLibrary
import VerbatimTUI

/// `verbatim DIR` and `verbatim SYMBOL`: a folder of records browsed as a library, or one
/// meeting from the most recently used library.
enum LibraryBrowse {
    /// What a single argument of the browse command names when it is not a record file.
    enum Target: Equatable {
        /// An existing folder.
        case folder(String)
        /// A UN document symbol (`S/PV.8160`, `A/RES/70/47`) that is not an existing path.
        case symbol(String)
    }

    /// The target `argument` names, `nil` for anything else (a file, or a path that does not exist
    /// and does not look like a symbol: the record loader says why it cannot be read).
    static func target(of argument: String) -> Target? {
        var info = stat()
        if stat(argument, &info) == 0 {
            return info.st_mode & S_IFMT == S_IFDIR ? .folder(argument) : nil
        }
        return looksLikeSymbol(argument) ? .symbol(argument) : nil
    }

    /// A UN document symbol: an organ's capital letters, a slash, then components of letters,
    /// digits, dots and hyphens separated by slashes, and an optional year in brackets
    /// (`S/RES/1540 (2004)`).
    static func looksLikeSymbol(_ text: String) -> Bool {
        var body = Substring(text.trimmingBlanks())
        if body.hasSuffix(")"), let open = body.lastIndex(of: "(") {
            let year = body[body.index(after: open)..<body.index(before: body.endIndex)]
            guard year.count == 4, year.allSatisfy(\.isASCII), year.allSatisfy(\.isNumber) else { return false }
            body = body[..<open]
            while body.last == " " { body = body.dropLast() }
        }
        let parts = body.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let organ = parts.first, (1...6).contains(organ.count),
              organ.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
        }
    }

    /// Browses `target`; returns the exit status. Failures are one line on standard error.
    /// `configure` applies the settings to the browser's state; `displayWidth` measures the
    /// plain text printed without a terminal.
    static func run(_ target: Target, index: String?, interactive: Bool, bidi: BidiMode, encoding: TextEncoding?, width: Int,
                    displayWidth: DisplayWidth = .standard, probeAmbiguousWidth: Bool = false,
                    configure: (inout AppState) -> Void = { _ in }) throws -> Int32 {
        switch target {
        case .folder(let folder):
            guard interactive else { return try printMeetings(folder: folder, index: index) }
            return try browse(folder: folder, index: index, start: [], bidi: bidi, encoding: encoding,
                              probeAmbiguousWidth: probeAmbiguousWidth, configure: configure)
        case .symbol(let symbol):
            let searched = LibraryLocations.mostRecent()
            for folder in searched {
                // The index as it is (brought up to date once the browser opens it).
                guard let (library, _) = try? Library.open(folder: folder, updating: false),
                      let meeting = library.meeting(symbol: symbol) else { continue }
                let files = LibraryCatalog.row(meeting).openedFiles.map(\.path)
                guard let first = files.first else { continue }
                guard interactive else {
                    let record = try RecordLoader.load(path: first, encoding: encoding)
                    PlainTextExport.write(record, path: first, width: width, displayWidth: displayWidth) { StandardStream.output.write($0) }
                    return 0
                }
                return try browse(folder: folder, index: nil, start: [.open(LibraryPlace(paths: files))], bidi: bidi, encoding: encoding,
                                  probeAmbiguousWidth: probeAmbiguousWidth, configure: configure)
            }
            let message = searched.isEmpty
                ? "\(symbol): no library has been opened yet (verbatim DIR opens one)"
                : "\(symbol) is in none of the libraries used: \(searched.joined(separator: ", "))"
            StandardStream.error.write("verbatim: \(message)\n")
            return 1
        }
    }

    /// The browser on the library of `folder`, indexed on a thread of its own meanwhile.
    static func browse(folder: String, index: String?, start: [LibraryRequest], bidi: BidiMode, encoding: TextEncoding?,
                       probeAmbiguousWidth: Bool = false, configure: (inout AppState) -> Void = { _ in }) throws -> Int32 {
        // An index already there is listed at once (as it is) while it is brought up to date.
        let indexFile = index ?? LibraryLocations.defaultIndexPath(for: folder)
        var current: LibrarySource?
        var earlier: [String] = []
        if access(indexFile, F_OK) == 0, let (library, report) = try? Library.open(folder: folder, indexPath: index, updating: false) {
            current = LibraryCatalog(library)
            earlier = report.warnings
        }
        let warningsBefore = earlier
        return try Runtime.run(library: folder, current: current, bidi: bidi, encoding: encoding, start: start,
                               probeAmbiguousWidth: probeAmbiguousWidth, configure: configure) { report in
            // Another process may update the same index at the same moment: its writes and
            // these wait for each other, and a file it has written is not written again.
            do {
                let (library, summary) = try Library.open(folder: folder, indexPath: index) { progress in
                    report(progress)
                }
                return (LibraryCatalog(library), warningsBefore + warnings(of: summary))
            } catch let error as LibraryError {
                return (nil, [error.message])
            } catch {
                return (nil, ["\(error)"])
            }
        }
    }

    /// The lines the status row shows after opening: the index's warnings, then the files that
    /// failed or are not records.
    static func warnings(of report: IndexReport) -> [String] {
        var lines = report.warnings
        if let failure = report.failed.first {
            let more = report.failed.count > 1 ? " (and \(report.failed.count - 1) more files)" : ""
            lines.append("\(failure.path): \(failure.error)\(more)")
        }
        if !report.notRecords.isEmpty {
            lines.append(report.notRecords.count == 1 ? "1 file is not a record" : "\(report.notRecords.count) files are not records")
        }
        return lines
    }

    /// Without a terminal: the meetings, one line each (symbol, date, statements, languages, title).
    static func printMeetings(folder: String, index: String?) throws -> Int32 {
        let (library, report) = try Library.open(folder: folder, indexPath: index)
        Warnings.report(warnings(of: report))
        for meeting in library.meetings() {
            let row = LibraryCatalog.row(meeting)
            let fields = [row.symbol ?? row.key, row.isoDate ?? "-", "\(row.statements)", row.languages.joined(separator: ","), row.title ?? ""]
            print(fields.joined(separator: "\t"))
        }
        return 0
    }
}
