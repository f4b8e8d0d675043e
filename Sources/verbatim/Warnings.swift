#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerbatimTUI

/// Reports the parser's warnings on standard error, one line each, so that standard output
/// stays the command's result.
enum Warnings {
    static func report(_ warnings: [String]) {
        for warning in warnings {
            StandardStream.error.write("verbatim: warning: \(warning)\n")
        }
    }
}
