#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the config file is and what reading it gave: `$XDG_CONFIG_HOME/verbatim/config.toml`,
/// else `~/.config/verbatim/config.toml`. A missing file is the defaults, silently; a bad one is
/// the defaults with one line saying the file, the line and the problem.
public struct ConfigFile: Sendable {
    /// The file looked for (`nil` when neither `XDG_CONFIG_HOME` nor `HOME` is set).
    public var path: String?
    /// True when the file was there and read without a problem.
    public var used: Bool
    /// The settings in force.
    public var config: Config
    /// Lines for standard error: a bad file, key clashes. At most one each.
    public var messages: [String]

    /// The path the config file is looked for at, from the environment.
    public static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return xdg + (xdg.hasSuffix("/") ? "" : "/") + "verbatim/config.toml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + (home.hasSuffix("/") ? "" : "/") + ".config/verbatim/config.toml"
    }

    /// Reads the config file `environment` points to.
    public static func load(environment: [String: String]) -> ConfigFile {
        guard let path = path(environment: environment) else {
            return ConfigFile(path: nil, used: false, config: Config(), messages: [])
        }
        return load(path: path)
    }

    /// Reads the config file at `path` (missing: the defaults).
    public static func load(path: String) -> ConfigFile {
        let text: String
        switch read(path) {
        case .missing: return ConfigFile(path: path, used: false, config: Config(), messages: [])
        case .unreadable(let reason):
            return ConfigFile(path: path, used: false, config: Config(),
                              messages: [Config.Problem(line: 0, message: reason).report(path: path)])
        case .text(let contents): text = contents
        }
        do {
            let config = try Config.parse(text)
            var messages: [String] = []
            let clashes = config.keyBindings.clashes
            if !clashes.isEmpty {
                messages.append("verbatim: \(path): keys taken from other actions: " + clashes.joined(separator: "; "))
            }
            return ConfigFile(path: path, used: true, config: config, messages: messages)
        } catch {
            return ConfigFile(path: path, used: false, config: Config(), messages: [error.report(path: path)])
        }
    }

    private enum Contents {
        case missing
        case unreadable(String)
        case text(String)
    }

    /// The file's text: UTF-8 (a byte-order mark is skipped), at most 1 MB.
    private static func read(_ path: String) -> Contents {
        guard let file = fopen(path, "rb") else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable("cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { bytes += chunk[0..<count] }
            if bytes.count > 1 << 20 { return .unreadable("is larger than 1 MB") }
            if count < chunk.count {
                if ferror(file) != 0 { return .unreadable("cannot be read") }
                break
            }
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .unreadable("is not UTF-8 text") }
        return .text(text)
    }
}
