import Foundation

/// Reports the parser's warnings on standard error, one line each, so that standard output
/// stays the command's result.
enum Warnings {
    static func report(_ warnings: [String]) {
        for warning in warnings {
            FileHandle.standardError.write(Data("verbatim: warning: \(warning)\n".utf8))
        }
    }
}
