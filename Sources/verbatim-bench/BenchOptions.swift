/// The bench's command-line options.
struct BenchOptions {
    /// Fewer repetitions, for a quick look; the document is not written.
    var quick = false
    /// Do not write `docs/performance.md`.
    var noWrite = false
    /// Do not run `swift build` for the `verbatim` executable first.
    var noBuild = false
    /// Report figures even when the parse does not reproduce the expected counts (figures are
    /// then marked unchecked and the document is not written).
    var unchecked = false
    /// Run only this workload, repeatedly, for a profiler (`valgrind --tool=callgrind`, `perf`).
    var profile: ProfileWorkload?
    /// Repetitions of the profiled workload.
    var repetitions = 20
    /// Run the library benchmark only (`LibraryBench`).
    var library = false
    /// The number of meetings the library benchmark generates (`--meetings N`).
    var libraryMeetings = LibraryBench.defaultMeetings

    static let usage = """
        usage: verbatim-bench [--quick] [--no-write] [--no-build] [--unchecked]
               verbatim-bench --profile WORKLOAD [--repeat N]
               verbatim-bench --library [--meetings N]
          --quick      fewer repetitions; does not write docs/performance.md
          --no-write   print the report only
          --no-build   use the release `verbatim` next to the bench as it is
          --unchecked  go on when the parse counts are wrong (figures marked unchecked, nothing written)
          --library    generate a library of 2,000 Chinese meetings under .build/bench-data/ and
                       measure indexing, reopening, search and cites (prints a report section)
          --meetings   with --library: generate and index N meetings instead (a smaller library while
                       trying a change; the figures then are not the ones the targets speak of)
          --profile    run one workload N times (default 20) and nothing else, under a profiler;
                       WORKLOAD is one of: \(ProfileWorkload.allCases.map(\.rawValue).joined(separator: ", "))
        """

    /// Parses the arguments; `nil` (after printing the usage) for an unknown one.
    static func parse(_ arguments: [String]) -> BenchOptions? {
        var options = BenchOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--profile":
                guard let name = rest.popFirst(), let workload = ProfileWorkload(rawValue: name) else { return nil }
                options.profile = workload
            case "--repeat":
                guard let text = rest.popFirst(), let n = Int(text), n > 0 else { return nil }
                options.repetitions = n
            case "--library": options.library = true
            case "--meetings":
                guard let text = rest.popFirst(), let n = Int(text), n > 0 else { return nil }
                options.libraryMeetings = n
            case "--quick": options.quick = true
            case "--no-write": options.noWrite = true
            case "--no-build": options.noBuild = true
            case "--unchecked": options.unchecked = true
            default: return nil
            }
        }
        return options
    }
}
