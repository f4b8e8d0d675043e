
#if canImport(Glibc)
import Glibc
#endif

/// How the runtime opens a URL: the commands of `$BROWSER` (a colon-separated list, `%s`
/// standing for the URL, else the URL is the last argument), then `xdg-open`.
enum RuntimeBrowser {
    /// The argument lists to try in order. Each `$BROWSER` entry runs through `/bin/sh` with the
    /// URL passed as a positional parameter, so the URL is never parsed by the shell.
    static func commands(browser: String?, url: String) -> [[String]] {
        var result: [[String]] = []
        for entry in (browser ?? "").split(separator: ":") {
            let command = trimmingBlanks(entry)
            guard !command.isEmpty else { continue }
            let script = command.contains("%s")
                ? command.replacing("%s", with: "\"$1\"")
                : command + " \"$1\""
            result.append(["/bin/sh", "-c", script, "sh", url])
        }
        result.append(["xdg-open", url])
        return result
    }

    /// `text` without spaces and tabs (and other space separators) at either end.
    static func trimmingBlanks(_ text: Substring) -> String {
        let isBlank = { (s: Unicode.Scalar) in s == "\t" || s.properties.generalCategory == .spaceSeparator }
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The full path of `program` found on `$PATH` (or itself when it holds a slash and is
    /// executable); `nil` when it is nowhere.
    static func locate(_ program: String, path: String?) -> String? {
        if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
        for directory in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = directory + "/" + program
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `arguments` (the first is a full path) with the default signal dispositions and an
    /// empty signal mask, waits for it, and returns its exit status (-1 when it could not start).
    static func run(_ arguments: [String]) -> Int32 {
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = HelperSpawn.withAttributes { attributes in
            posix_spawn(&pid, arguments[0], nil, &attributes, argv, environ)
        }
        guard spawned == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        return HelperSpawn.exitStatus(status)
    }
}
