#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signals that end the browser (`SIGINT`, `SIGTERM`, `SIGHUP`), held blocked so that they
/// wait for the event loop instead of interrupting it: the loop polls for them between inputs,
/// restores the terminal, and exits with 128 + the signal number. No handler runs, so nothing
/// unsafe ever happens inside a signal context.
public enum ExitSignals {
    /// The signal numbers handled.
    public static let numbers: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Blocks the signals for this thread and every thread started after it. Call it before any
    /// other thread exists.
    public static func block() {
        var set = signalSet()
        sigprocmask(SIG_BLOCK, &set, nil)
    }

    /// Unblocks them again (their default action then applies).
    public static func unblock() {
        var set = signalSet()
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// The first of the signals that has arrived, taken off the pending set; `nil` when none has.
    public static func takePending() -> Int32? {
        var pending = sigset_t()
        sigemptyset(&pending)
        guard sigpending(&pending) == 0 else { return nil }
        for number in numbers where sigismember(&pending, number) == 1 {
            var one = sigset_t()
            sigemptyset(&one)
            sigaddset(&one, number)
            var zero = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&one, nil, &zero)
            return number
        }
        return nil
    }

    /// The set of the handled signals.
    static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in numbers { sigaddset(&set, number) }
        return set
    }
}
