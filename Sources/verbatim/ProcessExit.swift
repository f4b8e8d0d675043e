#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The end of a command that read a record and wrote all its output: the process exits at once,
/// with status 0, without taking the record apart first. Freeing a large record's paragraphs,
/// citations and references one by one costs time the operating system saves by reclaiming the
/// whole address space.
enum ProcessExit {
    /// Flushes every output stream and exits with status 0; `value` stays alive until then.
    static func success<T>(keeping value: T) -> Never {
        withExtendedLifetime(value) { _ = fflush(nil) }
        exit(0)
    }
}
