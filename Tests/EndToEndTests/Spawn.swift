import Foundation

/// What a finished child process gave.
struct SpawnResult {
    var status: Int32
    var output: Data
    var errors: Data
}

/// Runs a program to its end with `posix_spawn` and `waitpid`, its standard output and error
/// captured through files (a daemon it starts may keep them open, so pipes could never end).
func spawnAndWait(_ arguments: [String], environment: [String: String], scratch: URL) throws -> SpawnResult {
    let outPath = scratch.appendingPathComponent("spawn-out-\(UUID().uuidString)").path
    let errPath = scratch.appendingPathComponent("spawn-err-\(UUID().uuidString)").path
    defer {
        unlink(outPath)
        unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    // The calling thread may block signals (test runners' worker threads do); the child must
    // not inherit that, or a tmux server could never be stopped.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGCHLD, SIGPIPE, SIGTSTP] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
    guard spawned == 0 else {
        throw HarnessError(description: "cannot run \(arguments[0]): error \(spawned)")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { throw HarnessError(description: "waitpid failed: \(errno)") }
    }
    let exit = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return SpawnResult(
        status: exit,
        output: FileManager.default.contents(atPath: outPath) ?? Data(),
        errors: FileManager.default.contents(atPath: errPath) ?? Data())
}
