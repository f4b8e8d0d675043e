import ArgumentParser
import VerbatimKit

#if canImport(Glibc)
import Glibc
#endif

/// The formats `export` writes.
enum ExportFormat: String, ArgumentChoice {
    case md, csv, json, html
}

/// `verbatim export FILE --to md|csv|json|html`: the record (or one statement) in a format other
/// programs read, on standard output or into the file given by `-o`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the record as Markdown, CSV, JSON or HTML.")

    @OptionGroup var record: RecordOptions

    @Option(name: .long, help: "The format: md, csv, json or html.")
    var to: ExportFormat

    @Option(name: .long, help: "Only statement N (1-based).")
    var statement: Int?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (never the input file).")
    var output: String?

    @Flag(name: .long, help: "Begin CSV output with a byte order mark, for spreadsheet programs.")
    var bom = false

    func validate() throws {
        if bom && to != .csv { throw ValidationError("--bom applies to --to csv only") }
    }

    func run() throws {
        if let output, try OutputFile.isSame(output, as: record.file) {
            throw LoadError("refusing to write over the input file \(output)")
        }
        let parsed = try record.load()
        Warnings.report(parsed.warnings)
        var only: Statement?
        if let statement {
            guard parsed.statements.indices.contains(statement - 1) else {
                throw LoadError("no statement \(statement): the record has \(parsed.statements.count) statement\(parsed.statements.count == 1 ? "" : "s")")
            }
            only = parsed.statements[statement - 1]
        }
        let destination = try output.map(OutputFile.open) ?? OutputDescriptor.standardOutput
        defer { destination.close() }
        do {
            switch to {
            case .md:
                let text = only.map { MarkdownExport.statement($0, in: parsed) } ?? MarkdownExport.record(parsed)
                try destination.write(text)
            case .csv:
                try destination.write(CSVExport.table(parsed, statements: only.map { [$0] }, bom: bom))
            case .html:
                try destination.write(HTMLExport.page(parsed, only: only))
            case .json:
                if let only {
                    try JSONOutput.print(only, to: destination)
                } else {
                    try JSONOutput.printRecord(parsed, to: destination)
                }
            }
        } catch let error as EncodingError {
            throw error
        } catch {
            // Writing failed (a full disk, a closed pipe): one line, status 1.
            throw LoadError("cannot write \(output ?? "standard output"): \(error)")
        }
    }
}

/// The file `-o` names: checked against the input, created or emptied, opened for writing.
enum OutputFile {
    /// True when `output` is the same file as `input` (the same path, a link to it, or the same
    /// device and inode).
    static func isSame(_ output: String, as input: String) throws -> Bool {
        var a = stat()
        var b = stat()
        if stat(output, &a) == 0, stat(input, &b) == 0 { return a.st_dev == b.st_dev && a.st_ino == b.st_ino }
        return canonical(output) == canonical(input)
    }

    /// `path` made absolute, its links resolved (`realpath`) when it exists, else with `.` and
    /// `..` removed by their names.
    static func canonical(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        var absolute = path
        if !path.hasPrefix("/"), let directory = getcwd(nil, 0) {
            absolute = String(cString: directory) + "/" + path
            free(directory)
        }
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` opened for writing, created (mode 0644 less the umask) or emptied in place, so a
    /// link is written through and a device (`/dev/stdout`) stays a device; a `LoadError` when
    /// it cannot be opened.
    static func open(_ path: String) throws -> OutputDescriptor {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw LoadError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        return OutputDescriptor(descriptor: descriptor)
    }
}
