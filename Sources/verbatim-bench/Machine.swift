import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Facts about the machine a run was made on.
struct Machine {
    /// Processors available to the process, as `nproc` reports them.
    var processors: Int
    /// The CPU model from `/proc/cpuinfo`.
    var cpuModel: String
    /// The 1-minute load average.
    var loadAverage: Double

    static func current() -> Machine {
        Machine(processors: availableProcessors(), cpuModel: cpuModel(), loadAverage: loadAverage())
    }

    /// What `nproc` prints: the processors in the affinity mask.
    static func availableProcessors() -> Int {
        if let nproc = ChildProcess.which("nproc"), let run = try? ChildProcess.run(nproc, [], keepOutput: true),
           run.status == 0, let count = Int(run.output.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return count
        }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    static func cpuModel() -> String {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in info.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown"
    }

    static func loadAverage() -> Double {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? loads[0] : .nan
    }
}

/// Where the bench finds its package, its inputs and the `verbatim` executable.
struct BenchPaths {
    /// The package root (holds Package.swift).
    var root: URL
    /// The directory of the bench's own executable (the release products).
    var products: URL

    var fixture: URL { root.appendingPathComponent("Fixtures/S_PV.8160_zh.txt") }
    var verbatim: URL { products.appendingPathComponent("verbatim") }
    var document: URL { root.appendingPathComponent("docs/performance.md") }

    /// The package root is the current directory when it holds Package.swift (as under
    /// `swift run`), else the nearest ancestor of the executable that does.
    static func locate() -> BenchPaths? {
        let executable = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]).standardizedFileURL
        let products = executable.deletingLastPathComponent()
        let fm = FileManager.default
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath)
        if fm.fileExists(atPath: cwd.appendingPathComponent("Package.swift").path) {
            return BenchPaths(root: cwd, products: products)
        }
        var dir = products
        while dir.path != "/" {
            if fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                return BenchPaths(root: dir, products: products)
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
