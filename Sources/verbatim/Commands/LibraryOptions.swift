import ArgumentParser
import VerbatimLibrary

/// The library folder argument and where its index is kept, shared by the library commands.
struct LibraryOptions: ParsableArguments {
    @Argument(help: "The library's folder: every record file under it, recursively.")
    var folder: String

    @Option(name: .long, help: "The index file (default: in $XDG_CACHE_HOME/verbatim, keyed by the folder).")
    var index: String?

    /// The library, its index brought up to date; its warnings go to standard error. A
    /// `LibraryError` reaches the root command, which exits with status 1.
    func open(progress: ((IndexProgress) -> Void)? = nil) throws -> (Library, IndexReport) {
        let (library, report) = try Library.open(folder: folder, indexPath: index, progress: progress)
        Warnings.report(report.warnings)
        return (library, report)
    }
}
