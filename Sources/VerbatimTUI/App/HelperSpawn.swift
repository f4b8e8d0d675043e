#if canImport(Glibc)
import Glibc
#endif

/// How the browser starts a helper program (a clipboard tool, a web browser): with an empty
/// signal mask, and with the signals the browser catches or ignores back at their defaults, so
/// that the helper behaves as if started from a shell.
enum HelperSpawn {
    /// Calls `body` with spawn attributes that reset the signal mask and the dispositions of
    /// the exit signals and SIGTSTP (and SIGPIPE when `defaultPipe`); with `ownProcessGroup` the
    /// helper gets a process group of its own, so that a key such as Ctrl-C reaches the
    /// browser, never the helper.
    static func withAttributes<T>(
        defaultPipe: Bool = false, ownProcessGroup: Bool = false, _ body: (inout posix_spawnattr_t) -> T
    ) -> T {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = ExitSignals.signalSet()
        sigaddset(&defaults, SIGTSTP)
        if defaultPipe { sigaddset(&defaults, SIGPIPE) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if ownProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        return body(&attributes)
    }

    /// The exit status `waitpid` reported, or -1 when the helper did not exit normally.
    static func exitStatus(_ status: Int32) -> Int32 {
        // WIFEXITED / WEXITSTATUS
        status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}
