#if canImport(Glibc)
import Glibc
#endif

/// How the runtime puts text on the clipboard: the ways the environment offers, tried in turn
/// (tmux's buffer under tmux, `wl-copy` under Wayland, `xclip` or `xsel` under X, then the
/// OSC 52 escape), and the name of the one that worked.
enum ClipboardCopy {
    /// One way to the clipboard: a program fed the text on standard input, or the OSC 52 escape.
    struct Route: Equatable {
        /// How the status row names it (`tmux buffer`, `xclip`, `OSC 52`).
        var name: String
        /// The program and its arguments; `nil` for OSC 52.
        var command: [String]?
    }

    /// The ways to try for `environment`, in order. OSC 52 is left out where the terminal cannot
    /// take it (`TERM` unset, `dumb` or the Linux console).
    static func routes(environment: [String: String]) -> [Route] {
        func set(_ name: String) -> Bool { !(environment[name] ?? "").isEmpty }
        var routes: [Route] = []
        if set("TMUX") {
            // `-w` also hands the text on to the outer terminal's clipboard (tmux 3.2 and later);
            // older versions refuse the flag, so the plain form follows.
            routes.append(Route(name: "tmux buffer", command: ["tmux", "load-buffer", "-w", "-"]))
            routes.append(Route(name: "tmux buffer", command: ["tmux", "load-buffer", "-"]))
        }
        if set("WAYLAND_DISPLAY") { routes.append(Route(name: "wl-copy", command: ["wl-copy"])) }
        if set("DISPLAY") {
            routes.append(Route(name: "xclip", command: ["xclip", "-selection", "clipboard"]))
            routes.append(Route(name: "xsel", command: ["xsel", "--clipboard", "--input"]))
        }
        let term = environment["TERM"] ?? ""
        if !term.isEmpty, term != "dumb", term != "linux" { routes.append(Route(name: "OSC 52", command: nil)) }
        return routes
    }

    /// Copies `text` by the first route that works; returns its name, or `nil` when none did.
    /// `escape` writes OSC 52 to the terminal.
    static func copy(_ text: String, environment: [String: String], escape: (String) -> Void) -> String? {
        for route in routes(environment: environment) {
            guard var command = route.command else {
                escape(OSC52.sequence(for: text))
                return route.name
            }
            guard let program = RuntimeBrowser.locate(command[0], path: environment["PATH"]) else { continue }
            command[0] = program
            if run(command, input: Array(text.utf8)) == 0 { return route.name }
        }
        return nil
    }

    /// Longest wait for a clipboard program (they fork to serve the selection and return at once).
    static let timeout: Int64 = 3_000_000_000

    /// Runs `arguments` (the first a full path) with `input` on standard input and standard
    /// output and error discarded, so nothing reaches the screen; returns its exit status, or -1
    /// when it could not start or had to be stopped after `timeout`. The text goes through a
    /// socket pair written without blocking and without `SIGPIPE`, so a program that stops
    /// reading early can neither block nor kill the browser.
    static func run(_ arguments: [String], input: [UInt8]) -> Int32 {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0 else { return -1 }
        let (reader, writer) = (pair[0], pair[1])
        var writerOpen = true
        defer { if writerOpen { close(writer) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, reader, 0)
        posix_spawn_file_actions_addclose(&actions, writer)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let argv = arguments.map { strdup($0) } + [nil]
        let environment = ProcessEnvironment.all().map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            environment.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = HelperSpawn.withAttributes(defaultPipe: true, ownProcessGroup: true) { attributes in
            posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environment)
        }
        close(reader)
        guard spawned == 0 else { return -1 }
        _ = fcntl(writer, F_SETFL, fcntl(writer, F_GETFL) | O_NONBLOCK)

        let bytes = input
        var sent = 0
        let deadline = monotonicNanoseconds() + timeout
        var status: Int32 = 0
        while true {
            if writerOpen {
                while sent < bytes.count {
                    let n = bytes.withUnsafeBufferPointer {
                        send(writer, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                    }
                    if n > 0 { sent += n; continue }
                    if n < 0, errno == EINTR { continue }
                    // Full for now (EAGAIN), or the program stopped reading (EPIPE): either way,
                    // wait for it below.
                    if n < 0, errno != EAGAIN, errno != EWOULDBLOCK { sent = bytes.count }
                    break
                }
                if sent >= bytes.count {
                    close(writer)
                    writerOpen = false
                }
            }
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0, errno != EINTR { return -1 }
            if monotonicNanoseconds() >= deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                return -1
            }
            usleep(2_000)
        }
        return HelperSpawn.exitStatus(status)
    }

    /// Nanoseconds on the monotonic clock (for the deadline: never moved by a clock change).
    private static func monotonicNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
