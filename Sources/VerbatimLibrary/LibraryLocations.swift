#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where libraries' indexes live and which libraries were used last.
///
/// Indexes live in `$XDG_CACHE_HOME/verbatim/` (else `~/.cache/verbatim/`), one file per folder,
/// named by a hash of the folder's real path; nothing is written inside the folder itself. The
/// file `libraries` there lists the folders opened, most recent first.
public enum LibraryLocations {
    /// The cache folder.
    public static var cacheFolder: String {
        let environment = ProcessInfoLite.self
        if let xdg = environment.variable("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return xdg + "/verbatim" }
        let home = environment.variable("HOME") ?? "/tmp"
        return home + "/.cache/verbatim"
    }

    /// The real path of `folder` (symbolic links and `..` resolved), or `folder` when it cannot be resolved.
    public static func realPath(_ folder: String) -> String {
        guard let resolved = realpath(folder, nil) else { return folder }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The default index file of `folder`: keyed by its real path.
    public static func defaultIndexPath(for folder: String) -> String {
        let real = realPath(folder)
        let name = real.split(separator: "/").last.map(String.init) ?? "root"
        let safe = String(name.unicodeScalars.prefix(40).map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ".")
                ? Character(scalar) : "_"
        })
        return cacheFolder + "/library-\(safe)-\(ContentHash.hex(ContentHash.of(Array(real.utf8)))).sqlite"
    }

    /// The folders of the libraries used, most recent first.
    public static func mostRecent() -> [String] {
        guard let text = readText(recentFile) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// Puts `folder` (its real path) first in the list of libraries used; at most 20 are kept.
    /// Fails silently: the list is a convenience.
    public static func remember(folder: String) {
        let real = realPath(folder)
        var list = mostRecent().filter { $0 != real }
        list.insert(real, at: 0)
        guard makeFolder(cacheFolder) else { return }
        let text = list.prefix(20).joined(separator: "\n") + "\n"
        let temporary = recentFile + ".\(getpid())"
        guard let file = fopen(temporary, "w") else { return }
        fputs(text, file)
        fclose(file)
        rename(temporary, recentFile)
    }

    static var recentFile: String { cacheFolder + "/libraries" }

    /// Creates `path` and its parents; true when it exists as a folder afterwards.
    static func makeFolder(_ path: String) -> Bool {
        var built = ""
        for component in path.split(separator: "/") {
            built += "/" + component
            if mkdir(built, 0o755) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func readText(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The process environment, read without Foundation.
enum ProcessInfoLite {
    static func variable(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let s = String(cString: value)
        return s.isEmpty ? nil : s
    }
}
