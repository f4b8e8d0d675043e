#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gets the text of a PDF file from poppler's `pdftotext`, run as a child process found on
/// `PATH` and writing to its standard output, so that no file is ever written: `-raw` (text in
/// the order the page draws it: each column whole, lines unbroken), UTF-8, a form feed after
/// every page. Long files are read in two halves at once.
///
/// The result is plain text for the record parser; every failure is one `LoadError` line.
public struct PDFTextExtractor: Sendable {
    /// The environment variable that overrides the time limit, in seconds.
    public static let timeoutVariable = "VERBATIM_PDF_TIMEOUT"
    /// The time limit when the variable is not set.
    public static let defaultTimeout = 60.0
    /// Files with at least this many pages are read in two parts side by side.
    public static let splitPages = 40

    /// The text of a PDF and what was noticed while reading it.
    public struct Extraction: Sendable {
        /// UTF-8 text, one form feed after each page.
        public var bytes: [UInt8]
        /// The number of pages read.
        public var pages: Int
        /// Problems that did not stop the reading.
        public var warnings: [String]
    }

    /// The directories searched for the tools, as in `PATH`.
    public var searchPath: String
    /// Seconds the tools may take.
    public var timeout: Double
    /// How many `pdftotext` processes may run at once.
    public var parallelism: Int

    /// An extractor set up from the environment: `PATH`, and `VERBATIM_PDF_TIMEOUT` when it
    /// holds a positive number.
    public init() {
        searchPath = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        let limit = getenv(Self.timeoutVariable).flatMap { Double(String(cString: $0)) }
        timeout = limit.map { $0 > 0 ? $0 : Self.defaultTimeout } ?? Self.defaultTimeout
        parallelism = max(1, min(2, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    }

    public init(searchPath: String, timeout: Double, parallelism: Int = 2) {
        self.searchPath = searchPath
        self.timeout = timeout
        self.parallelism = max(1, parallelism)
    }

    /// The text of the PDF at `path`. `progress(pagesDone, pagesTotal)` is called as pages
    /// arrive (`pagesTotal` is 0 when the page count is unknown).
    public func extract(
        path: String, progress: ((Int, Int) -> Void)? = nil
    ) throws(LoadError) -> Extraction {
        guard let pdftotext = find("pdftotext") else {
            throw LoadError("\(path): reading a PDF needs pdftotext, which is not on PATH: "
                + "install poppler-utils (apt-get install poppler-utils)")
        }
        // A path that looks like an option is given as ./path.
        let argument = path.hasPrefix("-") ? "./" + path : path
        let started = Self.now()
        var pages: Int?
        if let pdfinfo = find("pdfinfo") {
            let info = ChildProcess.run([[pdfinfo, argument]], timeout: timeout)[0]
            if let problem = PopplerDiagnosis.failure(tool: "pdfinfo", ending: info.ending, errors: info.errors, timeout: timeout) {
                throw LoadError("\(path): \(problem)")
            }
            pages = PopplerDiagnosis.pageCount(inInfo: info.output)
        }
        let ranges = Self.pageRanges(pages: pages ?? 0, parts: pages.map { $0 >= Self.splitPages ? parallelism : 1 } ?? 1)
        let commands = ranges.map { range -> [String] in
            var command = [pdftotext, "-raw", "-enc", "UTF-8"]
            if let range { command += ["-f", String(range.lowerBound), "-l", String(range.upperBound)] }
            return command + [argument, "-"]
        }
        var done = [Int](repeating: 0, count: commands.count)
        let total = pages ?? 0
        let remaining = max(0.001, timeout - (Self.now() - started))
        let runs = ChildProcess.run(commands, timeout: remaining) { part, chunk in
            guard let progress else { return }
            let feeds = chunk.reduce(0) { $1 == 0x0C ? $0 + 1 : $0 }
            if feeds > 0 {
                done[part] += feeds
                progress(done.reduce(0, +), total)
            }
        }
        var warnings: [String] = []
        var bytes: [UInt8] = []
        bytes.reserveCapacity(runs.reduce(0) { $0 + $1.output.count })
        for run in runs {
            if let problem = PopplerDiagnosis.failure(tool: "pdftotext", ending: run.ending, errors: run.errors, timeout: timeout) {
                throw LoadError("\(path): \(problem)")
            }
            if warnings.isEmpty, let warning = PopplerDiagnosis.damageWarning(tool: "pdftotext", errors: run.errors) {
                warnings.append(warning)
            }
            bytes += run.output
        }
        let pageCount = pages ?? bytes.reduce(0) { $1 == 0x0C ? $0 + 1 : $0 }
        try Self.check(&bytes, path: path, pages: pageCount)
        let blank = Self.pagesWithoutText(bytes)
        if blank > 0 {
            warnings.append("\(blank) of \(pageCount) pages of the PDF have no text (scanned pages?): nothing of them is shown")
        }
        return Extraction(bytes: bytes, pages: pageCount, warnings: warnings)
    }

    /// `parts` consecutive page ranges covering pages 1...`pages` (one `nil`, the whole file,
    /// for a single part).
    static func pageRanges(pages: Int, parts: Int) -> [ClosedRange<Int>?] {
        guard parts > 1, pages >= parts else { return [nil] }
        var ranges: [ClosedRange<Int>?] = []
        var first = 1
        for k in 0..<parts {
            let last = pages * (k + 1) / parts
            ranges.append(first...last)
            first = last + 1
        }
        return ranges
    }

    /// Refuses text without any visible character, and turns control bytes other than tab,
    /// line feed, carriage return and form feed (stray glyph codes) into spaces.
    static func check(_ bytes: inout [UInt8], path: String, pages: Int) throws(LoadError) {
        var visible = false
        for k in bytes.indices {
            let b = bytes[k]
            if b < 0x20 {
                if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { bytes[k] = 0x20 }
            } else if b != 0x20 {
                visible = true
            }
        }
        guard visible else {
            let count = pages == 1 ? "1 page" : "\(pages) pages"
            throw LoadError("\(path): no text layer: a scanned PDF? (\(count), no text to read)")
        }
        guard bytes.withUnsafeBufferPointer({ UTF8Validation.isValid($0) }) else {
            throw LoadError("\(path): pdftotext gave text that is not UTF-8")
        }
    }

    /// How many pages (each ended by a form feed) hold nothing but white space.
    static func pagesWithoutText(_ bytes: [UInt8]) -> Int {
        var blank = 0
        var visible = false
        for b in bytes {
            if b == 0x0C {
                if !visible { blank += 1 }
                visible = false
            } else if b > 0x20 {
                visible = true
            }
        }
        return blank
    }

    /// The first executable `name` in the search path.
    func find(_ name: String) -> String? {
        for directory in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
            let folder = directory.isEmpty ? "." : String(directory)
            let candidate = folder + "/" + name
            var info = stat()
            if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
