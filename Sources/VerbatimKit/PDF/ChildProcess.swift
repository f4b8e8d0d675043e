#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Command-line tools run as child processes, side by side: their standard output and error
/// come back through pipes (never through a file), a deadline kills them, and an exit signal
/// (`SIGINT`, `SIGTERM`, `SIGHUP`) arriving meanwhile kills them before it ends this process.
///
/// This is the only code in VerbatimKit that starts processes; everything it returns is plain data.
enum ChildProcess {
    /// How one child ended.
    enum Ending: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal it did not handle ended it.
        case signaled(Int32)
        /// It was still running at the deadline and was killed.
        case timedOut
        /// It could not be started (the `errno` of `posix_spawn`).
        case notStarted(Int32)
    }

    /// What one child printed and how it ended.
    struct Result {
        var ending: Ending
        var output: [UInt8] = []
        var errors: [UInt8] = []
    }

    /// The signals that end this process, held back while children run.
    static let exitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Runs each of `commands` (an executable path, then its arguments) at the same time and
    /// waits for all of them, at most `timeout` seconds. `onOutput(index, bytes)` sees each piece
    /// of standard output as it arrives (the same bytes also end up in the result).
    ///
    /// When an exit signal arrives, the children are killed and reaped, then the signal ends
    /// this process.
    static func run(
        _ commands: [[String]], timeout: Double,
        onOutput: (Int, UnsafeRawBufferPointer) -> Void = { _, _ in }
    ) -> [Result] {
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for number in exitSignals { sigaddset(&blocked, number) }
        var previousMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &blocked, &previousMask)
        defer { pthread_sigmask(SIG_SETMASK, &previousMask, nil) }

        var results = commands.map { _ in Result(ending: .exited(0)) }
        var children: [Child] = []
        for (index, command) in commands.enumerated() {
            switch Child.spawn(command, index: index) {
            case .success(let child): children.append(child)
            case .failure(let error): results[index].ending = .notStarted(error.code)
            }
        }
        let deadline = now() + timeout
        var interruption: Int32?
        while children.contains(where: { $0.running }) {
            if let signal = pendingExitSignal() {
                interruption = signal
                break
            }
            let remaining = deadline - now()
            if remaining <= 0 { break }
            var fds: [pollfd] = []
            var owners: [(child: Int, isOutput: Bool)] = []
            for (k, child) in children.enumerated() {
                if child.outputFD >= 0 {
                    fds.append(pollfd(fd: child.outputFD, events: Int16(POLLIN), revents: 0))
                    owners.append((k, true))
                }
                if child.errorFD >= 0 {
                    fds.append(pollfd(fd: child.errorFD, events: Int16(POLLIN), revents: 0))
                    owners.append((k, false))
                }
            }
            // Pipes all closed: wait for the children to exit, checking the deadline and signals.
            let wait = Int32(min(remaining, 0.05) * 1000) + 1
            if fds.isEmpty {
                for k in children.indices where children[k].running { children[k].reapIfExited() }
                if children.contains(where: { $0.running }) { usleep(2000) }
                continue
            }
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0 && errno != EINTR { break }
            guard ready > 0 else { continue }
            for (j, fd) in fds.enumerated() where fd.revents != 0 {
                let (k, isOutput) = owners[j]
                let index = children[k].index
                children[k].drain(isOutput: isOutput) { onOutput(index, $0) }
            }
        }
        for k in children.indices {
            if children[k].running {
                children[k].terminate()
                children[k].ending = interruption == nil ? .timedOut : .signaled(SIGKILL)
            }
            children[k].closePipes()
            results[children[k].index] = Result(
                ending: children[k].ending, output: children[k].output, errors: children[k].errors)
        }
        if let number = interruption { endBy(number) }
        return results
    }

    /// Ends this process by `number`, as the signal would have without children: its default
    /// action, even when the caller held it blocked (reading happens before the browser takes
    /// over the terminal, so there is nothing to restore yet).
    private static func endBy(_ number: Int32) {
        signal(number, SIG_DFL)
        var one = sigset_t()
        sigemptyset(&one)
        sigaddset(&one, number)
        // The default action ends the process here.
        pthread_sigmask(SIG_UNBLOCK, &one, nil)
    }

    /// The first exit signal waiting to be delivered, left pending.
    private static func pendingExitSignal() -> Int32? {
        var pending = sigset_t()
        sigemptyset(&pending)
        guard sigpending(&pending) == 0 else { return nil }
        return exitSignals.first { sigismember(&pending, $0) == 1 }
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// One running child and the read ends of its pipes.
    private struct Child {
        var index: Int
        var pid: pid_t
        var outputFD: Int32
        var errorFD: Int32
        var running = true
        var ending = Ending.exited(0)
        var output: [UInt8] = []
        var errors: [UInt8] = []

        /// Starts `command` with its standard input from /dev/null, its output and errors into
        /// pipes, every signal unblocked and at its default action, in a process group of its own
        /// (so that only this process decides when it is killed).
        static func spawn(_ command: [String], index: Int) -> Swift.Result<Child, SpawnError> {
            var out: [Int32] = [-1, -1]
            var err: [Int32] = [-1, -1]
            guard makePipe(&out) else { return .failure(SpawnError(code: errno)) }
            guard makePipe(&err) else {
                let code = errno
                close(out[0]); close(out[1])
                return .failure(SpawnError(code: code))
            }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_adddup2(&actions, out[1], 1)
            posix_spawn_file_actions_adddup2(&actions, err[1], 2)

            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            sigemptyset(&none)
            posix_spawnattr_setsigmask(&attributes, &none)
            var defaults = sigset_t()
            sigemptyset(&defaults)
            for number in ChildProcess.exitSignals + [SIGPIPE] { sigaddset(&defaults, number) }
            posix_spawnattr_setsigdefault(&attributes, &defaults)
            posix_spawnattr_setpgroup(&attributes, 0)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

            let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
            defer { for p in argv { free(p) } }
            var pid: pid_t = 0
            var code = posix_spawn(&pid, command[0], &actions, &attributes, argv, environ)
            // A program file that another process still holds open for writing (a tool being
            // installed, or a script whose descriptor a concurrent fork inherited) cannot be run
            // for a moment: try again briefly before giving up.
            var tries = 0
            while code == ETXTBSY, tries < 20 {
                tries += 1
                usleep(10_000)
                code = posix_spawn(&pid, command[0], &actions, &attributes, argv, environ)
            }
            close(out[1])
            close(err[1])
            guard code == 0 else {
                close(out[0]); close(err[0])
                return .failure(SpawnError(code: code))
            }
            return .success(Child(index: index, pid: pid, outputFD: out[0], errorFD: err[0]))
        }

        /// A pipe whose ends are closed in the child once it has its copies.
        private static func makePipe(_ ends: inout [Int32]) -> Bool {
            guard pipe(&ends) == 0 else { return false }
            for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            return true
        }

        /// Reads what is waiting on one pipe; closes it at its end.
        mutating func drain(isOutput: Bool, _ onOutput: (UnsafeRawBufferPointer) -> Void) {
            let fd = isOutput ? outputFD : errorFD
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && (errno == EINTR || errno == EAGAIN) { return }
            if n <= 0 {
                close(fd)
                if isOutput { outputFD = -1 } else { errorFD = -1 }
                if outputFD < 0 && errorFD < 0 { reapIfExited() }
                return
            }
            if isOutput {
                buffer.withUnsafeBytes { onOutput(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
                output.append(contentsOf: buffer[0..<n])
            } else if errors.count < 65_536 {
                errors.append(contentsOf: buffer[0..<n])
            }
        }

        /// Collects the exit status when the child has ended.
        mutating func reapIfExited() {
            var status: Int32 = 0
            let r = waitpid(pid, &status, WNOHANG)
            guard r == pid else { return }
            running = false
            let signal = status & 0x7F
            ending = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
        }

        /// Kills the child's process group and reaps it.
        mutating func terminate() {
            _ = kill(-pid, SIGKILL)
            _ = kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            running = false
        }

        mutating func closePipes() {
            if outputFD >= 0 { close(outputFD); outputFD = -1 }
            if errorFD >= 0 { close(errorFD); errorFD = -1 }
        }
    }

    /// The `errno` of a failed spawn.
    struct SpawnError: Error {
        var code: Int32
    }
}
