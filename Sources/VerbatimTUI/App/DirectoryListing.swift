#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names in a folder and the folder of a path, with the C library (no Foundation
/// `FileManager` or `URL`).
public enum DirectoryListing {
    /// The names in `folder` (not `.` and `..`), in no particular order; `nil` when it cannot be read.
    public static func names(in folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The folder holding `path`: what comes before its last `/` (`/` for a file at the root,
    /// `.` for a bare file name).
    public static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// True when `path` names something that exists.
    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}
