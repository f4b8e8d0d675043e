#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Readings of the system's monotonic clock, in nanoseconds; immune to wall-clock changes.
enum MonotonicClock {
    /// Nanoseconds since an arbitrary fixed point.
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }

    /// CPU time used by this process so far, in nanoseconds (user and system).
    static func processCPU() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }

    /// Runs `body` and returns its result with the wall-clock and CPU time it took.
    @inline(__always)
    static func time<T>(_ body: () throws -> T) rethrows -> (result: T, timing: Timing) {
        let start = now(), startCPU = processCPU()
        let result = try body()
        let cpu = processCPU() - startCPU
        return (result, Timing(wall: now() - start, cpu: cpu))
    }
}

/// The time one run took: on the monotonic clock, and in CPU time (which other processes on a
/// busy machine inflate much less).
struct Timing {
    var wall: UInt64
    var cpu: UInt64
}

/// Keeps a value alive so the optimizer cannot drop the work that produced it.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
