import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of another program, timed from outside: from just before it is spawned to its first
/// byte on standard output and to its exit, with its peak memory.
struct ChildRun {
    /// Exit status (or 128 + signal number when killed by a signal).
    var status: Int32
    /// Nanoseconds from spawn to the first byte on standard output (`nil` when it wrote none).
    var firstOutput: UInt64?
    /// Nanoseconds from spawn to exit.
    var exit: UInt64
    /// CPU time the program used (user and system, from `wait4`), in nanoseconds.
    var cpu: UInt64
    /// `ru_maxrss` from `wait4`, in bytes. Not the program's own peak: Linux counts in it the
    /// resident size of the process that spawned it (the bench) at the moment of `exec`; use
    /// `peakRSS(of:)` for the program's own peak.
    var spawnRSS: Int
    /// Bytes it wrote to standard output.
    var outputBytes: Int
    /// The first line it wrote to standard error, for failure messages.
    var firstErrorLine: String
    /// What it wrote to standard output, when asked to keep it.
    var output: String = ""
}

/// A failure to run a program at all.
struct SpawnError: Error, CustomStringConvertible {
    var description: String
}

/// Spawns programs with `posix_spawn` and measures them.
enum ChildProcess {
    /// Runs `executable` with `arguments`; standard output and error are read (and discarded,
    /// save the first line of errors, and all of the output with `keepOutput`) so the program never
    /// blocks on a full pipe. `environment`
    /// entries are added to (or replace) the bench's own.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    keepOutput: Bool = false) throws -> ChildRun {
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw SpawnError(description: "pipe failed") }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, outPipe[0])
        posix_spawn_file_actions_addclose(&actions, errPipe[0])
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }

        var pid: pid_t = 0
        let start = MonotonicClock.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            throw SpawnError(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }

        var firstOutput: UInt64?
        var outputBytes = 0
        var errorText: [UInt8] = []
        var outputText: [UInt8] = []
        var fds = [pollfd(fd: outPipe[0], events: Int16(POLLIN), revents: 0),
                   pollfd(fd: errPipe[0], events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var open = 2
        while open > 0 {
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for i in fds.indices where fds[i].fd >= 0 && fds[i].revents != 0 {
                let n = read(fds[i].fd, &buffer, buffer.count)
                if n > 0 {
                    if i == 0 {
                        if firstOutput == nil { firstOutput = MonotonicClock.now() - start }
                        outputBytes += n
                        if keepOutput { outputText.append(contentsOf: buffer[0..<n]) }
                    } else if errorText.count < 4096 {
                        errorText.append(contentsOf: buffer[0..<n])
                    }
                } else if n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN) {
                    close(fds[i].fd)
                    fds[i].fd = -1
                    open -= 1
                }
            }
        }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let end = MonotonicClock.now() - start
        let exited = status & 0x7f == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let firstLine = String(decoding: errorText, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let cpu = (UInt64(usage.ru_utime.tv_sec) + UInt64(usage.ru_stime.tv_sec)) * 1_000_000_000
            + (UInt64(usage.ru_utime.tv_usec) + UInt64(usage.ru_stime.tv_usec)) * 1_000
        return ChildRun(status: code, firstOutput: firstOutput, exit: end, cpu: cpu,
                        spawnRSS: Int(usage.ru_maxrss) * 1024, outputBytes: outputBytes, firstErrorLine: firstLine,
                        output: String(decoding: outputText, as: UTF8.self))
    }

    /// The peak resident set size, in bytes, of `executable` run with `arguments`, measured by GNU
    /// time (`/usr/bin/time -f %M`): time is a small process that forks the program, so the
    /// figure is the program's own. `nil` when GNU time is not installed.
    static func peakRSS(of executable: String, _ arguments: [String]) throws -> Int? {
        let time = "/usr/bin/time"
        guard access(time, X_OK) == 0 else { return nil }
        let report = FileManager.default.temporaryDirectory
            .appendingPathComponent("verbatim-bench-rss-\(getpid()).txt").path
        defer { unlink(report) }
        let run = try run(time, ["-f", "%M", "-o", report, executable] + arguments)
        guard run.status == 0 else {
            throw SpawnError(description: "\(executable) failed under /usr/bin/time (exit \(run.status)): \(run.firstErrorLine)")
        }
        guard let text = try? String(contentsOfFile: report, encoding: .utf8),
              let kilobytes = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw SpawnError(description: "cannot read the report of /usr/bin/time")
        }
        return kilobytes * 1024
    }

    /// The full path of `name` found on `PATH`, or `nil`.
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }
}
