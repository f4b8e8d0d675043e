import Foundation
#if canImport(Glibc)
import Glibc
#endif

guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((BenchOptions.usage + "\n").utf8))
    exit(2)
}
do {
    try BenchRun(options: options).run()
} catch {
    FileHandle.standardError.write(Data("verbatim-bench: \(error)\n".utf8))
    exit(1)
}
