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

    static let usage = """
        usage: verbatim-bench [--quick] [--no-write] [--no-build] [--unchecked]
          --quick      fewer repetitions; does not write docs/performance.md
          --no-write   print the report only
          --no-build   use the release `verbatim` next to the bench as it is
          --unchecked  go on when the parse counts are wrong (figures marked unchecked, nothing written)
        """

    /// Parses the arguments; `nil` (after printing the usage) for an unknown one.
    static func parse(_ arguments: [String]) -> BenchOptions? {
        var options = BenchOptions()
        for argument in arguments {
            switch argument {
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
