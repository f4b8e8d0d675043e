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

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
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
