#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file found under a library's folder: its path, size and modification time.
struct ScannedFile: Equatable {
    var path: String
    var size: Int
    /// Modification time in nanoseconds since the epoch.
    var mtime: Int64
}

/// Lists every regular file under a folder, recursively, skipping hidden files and folders
/// (names starting with `.`) and the files given in `skipping` (an index kept inside the
/// folder), which are known by their device and inode whatever path names them.
enum FolderScan {
    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func files(under folder: String, skipping: [String] = []) -> [ScannedFile] {
        var skipped: Set<FileIdentity> = []
        for path in skipping {
            var info = stat()
            if stat(path, &info) == 0 { skipped.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))) }
        }
        var out: [ScannedFile] = []
        var pending = [folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder]
        var visited: Set<String> = []
        while let current = pending.popLast() {
            guard visited.insert(LibraryLocations.realPath(current)).inserted, let dir = opendir(current) else { continue }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name.hasPrefix(".") { continue }
                let path = current + "/" + name
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                if skipped.contains(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))) { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFREG:
                    let mtime = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                    out.append(ScannedFile(path: path, size: Int(info.st_size), mtime: mtime))
                default: continue
                }
            }
            closedir(dir)
        }
        return out.sorted { $0.path < $1.path }
    }
}
