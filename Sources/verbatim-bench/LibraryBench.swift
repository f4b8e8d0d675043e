import Foundation
import VerbatimLibrary
#if canImport(Glibc)
import Glibc
#endif

/// The library benchmark (`verbatim-bench --library`): generates a Chinese library of 2,000
/// meetings (about 200 MB) from the fixture under `.build/bench-data/library/` and measures
/// the full index build (parse and index apart), a reopen with nothing changed as a whole
/// process, search and cites, the index's size and the peak RSS while indexing.
struct LibraryBench {
    static let defaultMeetings = 2000
    /// The meetings generated: 2,000 for the figures of the targets, fewer while trying a change.
    let meetings: Int
    /// A three-character term found in about a tenth of the fixture's paragraphs.
    static let term = "我们的"

    let root: URL
    /// `library/` for the 2,000 meetings, `library-N/` for another count.
    var name: String { meetings == Self.defaultMeetings ? "library" : "library-\(meetings)" }
    var folder: URL { root.appendingPathComponent(".build/bench-data/\(name)") }
    var index: String { root.appendingPathComponent(".build/bench-data/\(name)-index.sqlite").path }

    init(meetings: Int = Self.defaultMeetings) {
        self.meetings = meetings
        root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func run() throws {
        let loadAtStart = Machine.loadAverage()
        let bytes = try generate()
        let megabytes = Double(bytes) / 1_048_576
        for suffix in ["", "-wal", "-shm"] { unlink(index + suffix) }
        say("indexing \(meetings) meetings, \(String(format: "%.0f", megabytes)) MB …")
        let cpuStart = MonotonicClock.processCPU()
        let (library, report) = try Library.open(folder: folder.path, indexPath: index) { progress in
            if progress.filesDone * 10 / max(progress.files, 1) != (progress.filesDone - 1) * 10 / max(progress.files, 1)
                || progress.filesDone == progress.files {
                self.say("  \(progress.filesDone)/\(progress.files) files, \(String(format: "%.1f", progress.seconds)) s")
            }
        }
        let cpu = Double(MonotonicClock.processCPU() - cpuStart) / 1e9
        let peak = peakRSS()
        var indexBytes = 0
        for suffix in ["", "-wal"] {
            var info = stat()
            if stat(index + suffix, &info) == 0 { indexBytes += Int(info.st_size) }
        }

        say("reopening …")
        let binary = try verbatimBinary()
        var reopen: [Double] = []
        for _ in 0..<7 {
            let start = Date()
            let run = try ChildProcess.run(binary, ["index", folder.path, "--index", index, "--json"], keepOutput: true)
            guard run.status == 0 else { throw SpawnError(description: "verbatim index failed: \(run.firstErrorLine)") }
            reopen.append(Date().timeIntervalSince(start))
        }
        var inProcessOpen: [Double] = []
        for _ in 0..<7 {
            let start = Date()
            let (again, _) = try Library.open(folder: folder.path, indexPath: index)
            consume(again.meetings())
            inProcessOpen.append(Date().timeIntervalSince(start))
        }

        say("searching …")
        let search = measure(200) { consume(library.search(Self.term, limit: 50)) }
        let hitsTotal = library.search(Self.term, limit: 10_000_000).count
        let paragraphs = (try? countParagraphs()) ?? 0
        let shortOne = measure(30) { consume(library.search("核", limit: 50)) }
        let shortTwo = measure(30) { consume(library.search("裁军", limit: 50)) }
        let rare = measure(30) { consume(library.search("刘结一", filter: SearchFilter(from: "2010-01-01"), limit: 50)) }
        let cites = measure(200) { consume(library.citing("S/RES/1540 (2004)")) }
        let citesCount = library.citing("S/RES/1540 (2004)").count

        let ms = { (seconds: Double) in String(format: "%.1f ms", seconds * 1000) }
        print("""

            ### Library (\(meetings) Chinese meetings, \(String(format: "%.0f", megabytes)) MB of text)

            Machine: \(Machine.current().processors) processors, \(Machine.current().cpuModel), 1-minute load average \(String(format: "%.2f", loadAtStart)) at the start, \(String(format: "%.2f", Machine.loadAverage())) at the end.

            | figure | measured | target |
            |---|---|---|
            | full index build, whole | \(String(format: "%.1f", megabytes / report.seconds)) MB/s (\(String(format: "%.1f", report.seconds)) s wall, \(String(format: "%.1f", cpu)) s CPU on all threads) | ≥ 5 MB/s |
            | — reading and parsing (on every core) | \(String(format: "%.1f", report.parseSeconds)) s wall, \(String(format: "%.1f", megabytes / report.parseSeconds)) MB/s; \(String(format: "%.1f", report.parseCPUSeconds)) s CPU, \(String(format: "%.1f", megabytes / report.parseCPUSeconds)) MB/s of CPU | |
            | — writing the index (one writer) | \(String(format: "%.1f", report.writeSeconds)) s wall, \(String(format: "%.1f", megabytes / report.writeSeconds)) MB/s; \(String(format: "%.1f", report.writeCPUSeconds)) s CPU, \(String(format: "%.1f", megabytes / report.writeCPUSeconds)) MB/s of CPU | |
            | — estimate for two idle processors: the larger of the writer's CPU time and half of all CPU time | \(String(format: "%.1f", megabytes / max(report.writeCPUSeconds, cpu / 2))) MB/s | ≥ 5 MB/s |
            | reopen, nothing changed, whole process (`verbatim index`), median of 7 | \(ms(median(reopen))) | ≤ 200 ms |
            | reopen in process to the meetings list, median of 7 | \(ms(median(inProcessOpen))) | |
            | search `\(Self.term)` (\(hitsTotal) of \(paragraphs) paragraphs, \(String(format: "%.0f", 100 * Double(hitsTotal) / Double(max(paragraphs, 1)))) %), limit 50, snippets | p50 \(ms(search.p50)), p99 \(ms(search.p99)) (CPU p99 \(ms(search.cpuP99))) | p50 ≤ 30 ms, p99 ≤ 100 ms |
            | search `核` (one character, scan), limit 50 | p50 \(ms(shortOne.p50)) | |
            | search `裁军` (two characters, scan), limit 50 | p50 \(ms(shortTwo.p50)) | |
            | search `刘结一` from 2010 (rarer, with a date filter) | p50 \(ms(rare.p50)), p99 \(ms(rare.p99)) (CPU p99 \(ms(rare.cpuP99))) | |
            | cites `S/RES/1540 (2004)` (\(citesCount) meetings) | p50 \(ms(cites.p50)), p99 \(ms(cites.p99)) (CPU p99 \(ms(cites.cpuP99))) | ≤ 10 ms |
            | index size ÷ text | \(String(format: "%.2f", Double(indexBytes) / Double(bytes))) (\(indexBytes / 1_048_576) MB) | ≤ 3 |
            | peak RSS of the process while indexing | \(peak / 1_048_576) MB | ≤ 300 MB |
            """)
    }

    private func say(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Wall-time p50 and p99 of `runs` timed runs after one warm-up, in seconds, and the p99 of
    /// the thread's CPU time (what the run costs whatever else the machine is doing).
    private func measure(_ runs: Int, _ body: () -> Void) -> (p50: Double, p99: Double, cpuP99: Double) {
        body()
        var times: [Double] = []
        var cpuTimes: [Double] = []
        for _ in 0..<runs {
            let start = MonotonicClock.now()
            let cpuStart = threadCPU()
            body()
            cpuTimes.append(threadCPU() - cpuStart)
            times.append(Double(MonotonicClock.now() - start) / 1e9)
        }
        times.sort()
        cpuTimes.sort()
        let p99 = min(runs - 1, Int(Double(runs) * 0.99))
        return (times[runs / 2], times[p99], cpuTimes[p99])
    }

    private func threadCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    private func peakRSS() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    private func countParagraphs() throws -> Int {
        let run = try ChildProcess.run("/usr/bin/sqlite3", [index, "SELECT count(*) FROM paragraphs"], keepOutput: true)
        return Int(run.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// The release `verbatim` next to this executable, built when missing.
    private func verbatimBinary() throws -> String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("verbatim").path
        if access(beside, X_OK) != 0, let swift = ChildProcess.which("swift") {
            say("building verbatim …")
            _ = try ChildProcess.run(swift, ["build", "-c", "release", "--product", "verbatim", "--package-path", root.path])
        }
        return beside
    }

    /// Writes the library unless it is there already; returns its size in bytes.
    private func generate() throws -> Int {
        let fixture = try String(contentsOf: root.appendingPathComponent("Fixtures/S_PV.8160_zh.txt"), encoding: .utf8)
        let manager = FileManager.default
        var total = 0
        for k in 0..<meetings {
            let subfolder = folder.appendingPathComponent(String(2000 + k / 200))
            let file = subfolder.appendingPathComponent("S_PV.\(10_000 + k)_zh.txt")
            if let size = (try? manager.attributesOfItem(atPath: file.path))?[.size] as? Int {
                total += size
                continue
            }
            if k % 200 == 0 { say("writing meetings \(k)–\(k + 199) …") }
            try manager.createDirectory(at: subfolder, withIntermediateDirectories: true)
            let data = Data(Self.meeting(k, from: fixture).utf8)
            try data.write(to: file)
            total += data.count
        }
        return total
    }

    /// Meeting k: its own symbol and date (every third day from 2000), provisional or final,
    /// China's and Russia's representatives, two countries and the resolution cited varied.
    static func meeting(_ k: Int, from fixture: String) -> String {
        let (year, month, day) = date(daysAfter2000: k * 3)
        let china = ["吴海涛", "马朝旭", "刘结一", "张军", "耿爽"][k % 5]
        let russia = ["涅边贾", "波利扬斯基", "萨福科夫"][k % 3]
        let peru = ["秘鲁", "智利", "巴西", "墨西哥", "阿根廷"][k % 5]
        let sweden = ["瑞典", "挪威", "芬兰", "丹麦"][k % 4]
        let (number, resolutionYear) = [("1540", "2004"), ("1373", "2001"), ("1718", "2006"), ("2231", "2015"), ("2325", "2016"), ("1887", "2009")][k % 6]
        var body = fixture
            .replacingOccurrences(of: "吴海涛", with: china)
            .replacingOccurrences(of: "涅边贾", with: russia)
            .replacingOccurrences(of: "（秘鲁）", with: "（\(peru)）")
            .replacingOccurrences(of: "（瑞典）", with: "（\(sweden)）")
        if number != "1540" {
            body = body.replacingOccurrences(of: "1540", with: number).replacingOccurrences(of: "（2004）", with: "（\(resolutionYear)）")
        }
        let cover = """
            联合国
            S/PV.\(10_000 + k)
            安全理事会
            第\(10_000 + k)次会议
            \(year)年\(month)月\(day)日上午10时在纽约举行
            \(k % 5 == 0 ? "" : "临时\n")主席：纳扎尔巴耶夫先生 ....................................（哈萨克斯坦）
            成员：中国 ........................................................ \(china)先生
            议程
            不扩散大规模毁灭性武器

            """
        return cover + body
    }

    static func date(daysAfter2000 days: Int) -> (Int, Int, Int) {
        var year = 2000, remaining = days
        func leap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
        while remaining >= (leap(year) ? 366 : 365) {
            remaining -= leap(year) ? 366 : 365
            year += 1
        }
        var lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if leap(year) { lengths[1] = 29 }
        var month = 0
        while remaining >= lengths[month] {
            remaining -= lengths[month]
            month += 1
        }
        return (year, month + 1, remaining + 1)
    }
}
