import Foundation
#if canImport(Glibc)
import Glibc
#endif

if CommandLine.arguments.contains("--help") || CommandLine.arguments.contains("-h") {
    print(BenchOptions.usage)
    exit(0)
}
guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((BenchOptions.usage + "\n").utf8))
    exit(2)
}
do {
    if options.library {
        try LibraryBench(meetings: options.libraryMeetings).run()
    } else if let workload = options.profile {
        try workload.run(repetitions: options.repetitions)
    } else {
        try BenchRun(options: options).run()
    }
} catch {
    FileHandle.standardError.write(Data("verbatim-bench: \(error)\n".utf8))
    exit(1)
}
