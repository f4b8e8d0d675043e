import Foundation
import VerbatimKit
import VerbatimTUI

/// A failure that stops the bench before it reports: one line saying what is wrong.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// One run of the whole benchmark: build, generate, check, measure, report.
struct BenchRun {
    var options: BenchOptions

    /// The copies of the fixture measured for scaling; the largest is "the 50 MB input".
    static let scales = [1, 10, 100, 500]
    static let frameSize = Size(width: 200, height: 60)
    static let fixtureStatements = 24
    /// Copies of the fixture in the input of the `dump --json` measure (200 MB).
    static let dumpCopies = 2000

    /// False in a debug build, whose figures say nothing about the targets.
    static var isReleaseBuild: Bool {
        #if DEBUG
        return false
        #else
        return true
        #endif
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("· \(message)\n".utf8))
    }

    /// Repetitions, cut down with `--quick`.
    private func plan(_ minimum: Int, _ maximum: Int, _ budget: Double) -> RunPlan {
        options.quick ? RunPlan(minimum: max(1, minimum / 4), maximum: max(1, maximum / 4), budget: budget / 4)
            : RunPlan(minimum: minimum, maximum: maximum, budget: budget)
    }

    func run() throws {
        let started = MonotonicClock.now()
        let date = Date()
        let machine = Machine.current()
        guard let paths = BenchPaths.locate() else {
            throw BenchError("cannot find the package root (run it with `swift run -c release verbatim-bench` from the package)")
        }
        if !options.noBuild { try buildVerbatim(paths) }
        guard FileManager.default.isExecutableFile(atPath: paths.verbatim.path) else {
            throw BenchError("no `verbatim` executable at \(paths.verbatim.path); build it with `swift build -c release --product verbatim`")
        }

        // Inputs.
        guard let fixtureData = FileManager.default.contents(atPath: paths.fixture.path) else {
            throw BenchError("cannot read the fixture at \(paths.fixture.path)")
        }
        let generator = InputGenerator(fixture: Array(fixtureData))
        let dataDir = paths.root.appendingPathComponent(".build/bench-data")
        var files: [Int: String] = [1: paths.fixture.path]
        for copies in BenchRun.scales where copies > 1 {
            let url = dataDir.appendingPathComponent("meetings-x\(copies).txt")
            if try generator.write(copies: copies, to: url) {
                progress("wrote \(url.path) (\(Units.megabytes(Double(copies * fixtureData.count))))")
            }
            files[copies] = url.path
        }
        let largest = BenchRun.scales.last!
        let bigBytes = fixtureData.count * largest
        // The 200 MB input, only for `dump --json` as a whole process (its parse is the 500×
        // input's 4 times over; it is not parsed inside the bench).
        let hugeURL = dataDir.appendingPathComponent("meetings-x\(BenchRun.dumpCopies).txt")
        if try generator.write(copies: BenchRun.dumpCopies, to: hugeURL) {
            progress("wrote \(hugeURL.path) (\(Units.megabytes(Double(BenchRun.dumpCopies * fixtureData.count))))")
        }

        // Correctness, before any figure.
        progress("checking the parse of every input")
        var checks: [String] = []
        var failures: [String] = []
        let fixtureRecord = try RecordLoader.load(path: paths.fixture.path)
        let unit = RecordCounts(fixtureRecord)
        checks.append("fixture: \(unit)")
        if unit.statements != BenchRun.fixtureStatements {
            failures.append("the fixture parses to \(unit.statements) statements, not \(BenchRun.fixtureStatements)")
        }
        if unit.mentions == 0 || unit.paragraphs == 0 {
            failures.append("the fixture parses to \(unit.paragraphs) paragraphs and \(unit.mentions) reference mentions")
        }
        var bigRecord = fixtureRecord
        for copies in BenchRun.scales where copies > 1 {
            let record = try RecordLoader.load(path: files[copies]!)
            let counts = RecordCounts(record)
            let expected = unit.times(copies)
            let ok = counts == expected
            checks.append("\(copies)× fixture: \(counts) — \(ok ? "= \(copies) × the fixture's" : "expected \(expected)")")
            if !ok { failures.append("the \(copies)× input parses to \(counts); expected \(expected)") }
            if copies == largest { bigRecord = record }
        }
        if !failures.isEmpty {
            for failure in failures { progress("CHECK FAILED: \(failure)") }
            if !options.unchecked { throw BenchError("the parse does not reproduce the expected counts; no figures reported") }
            checks.append("**UNCHECKED: \(failures.joined(separator: "; "))**")
        }

        // In-process figures.
        var figures: [Figure] = []
        var loads: [Int: Samples] = [:]
        let loadPlans = [1: plan(20, 400, 3), 10: plan(10, 100, 4), 100: plan(5, 30, 8), 500: plan(5, 15, 25)]
        for copies in BenchRun.scales {
            progress("load \(copies)×")
            loads[copies] = try InProcessBenchmarks.load(path: files[copies]!, plan: loadPlans[copies] ?? plan(3, 5, 10))
        }
        figures.append(Figure(name: "Load (read + decode + parse, full model): fixture", samples: loads[1]!, bytes: fixtureData.count))
        figures.append(Figure(name: "Load (read + decode + parse, full model): \(largest)× fixture", samples: loads[largest]!, bytes: bigBytes))

        progress("parse in memory")
        let fixtureText = String(decoding: fixtureData, as: UTF8.self)
        let parseFixture = InProcessBenchmarks.parse(text: fixtureText, plan: plan(20, 400, 3))
        figures.append(Figure(name: "Parse (decoded text → full model): fixture", samples: parseFixture, bytes: fixtureData.count))
        let bigText = try String(contentsOfFile: files[largest]!, encoding: .utf8)
        let parseBig = InProcessBenchmarks.parse(text: bigText, plan: plan(5, 15, 25))
        figures.append(Figure(name: "Parse (decoded text → full model): \(largest)× fixture", samples: parseBig, bytes: bigBytes))

        progress("wc -m")
        guard let wc = ChildProcess.which("wc") else { throw BenchError("`wc` is not on PATH") }
        let wcSamples = try plan(5, 15, 15).collect {
            let run = try ChildProcess.run(wc, ["-m", files[largest]!], environment: ["LC_ALL": "C.UTF-8"])
            guard run.status == 0 else { throw BenchError("wc -m failed: \(run.firstErrorLine)") }
            return Timing(wall: run.exit, cpu: run.cpu)
        }
        figures.append(Figure(name: "`LC_ALL=C.UTF-8 wc -m` (whole process): \(largest)× fixture", samples: wcSamples, bytes: bigBytes))
        let wcRatio = wcSamples.median / loads[largest]!.median

        progress("wrap")
        let texts = InProcessBenchmarks.wrappableTexts(of: fixtureRecord)
        var wraps: [Int: Samples] = [:]
        for width in [40, 120] {
            let (samples, lines) = InProcessBenchmarks.wrap(texts, width: width, plan: plan(50, 2000, 3))
            wraps[width] = samples
            figures.append(Figure(name: "Wrap the whole fixture at \(width) columns (nothing cached)", samples: samples,
                                  bytes: fixtureData.count, note: "\(texts.count) texts → \(Units.grouped(lines)) lines"))
        }

        progress("keypress frames")
        let presses = max(1, unit.statements - 1)
        let (fixtureFrames, _) = InProcessBenchmarks.frames(
            record: fixtureRecord, path: paths.fixture.path, size: BenchRun.frameSize,
            pressesPerRound: presses, plan: plan(10, 400, 3))
        figures.append(Figure(name: "Keypress frame `}` at 200×60 (update + render + diff): fixture", samples: fixtureFrames,
                              note: "\(presses) presses from a fresh state per round"))
        let bigPresses = min(1000, max(1, bigRecord.statements.count - 1))
        let (bigFrames, _) = InProcessBenchmarks.frames(
            record: bigRecord, path: files[largest]!, size: BenchRun.frameSize,
            pressesPerRound: bigPresses, plan: plan(1, 3, 3))
        figures.append(Figure(name: "Keypress frame `}` at 200×60 (update + render + diff): \(largest)× fixture", samples: bigFrames,
                              note: "\(bigPresses) presses, each to a statement not shown before"))

        // Whole processes.
        var scale: [ScalePoint] = []
        var renders: [Int: (Samples, Int)] = [:]
        let renderPlans = [1: plan(30, 60, 5), 10: plan(10, 30, 5), 100: plan(5, 15, 10), 500: plan(5, 10, 30)]
        for copies in BenchRun.scales {
            progress("verbatim render \(copies)×")
            var firstOutputs = Samples()
            let samples = try (renderPlans[copies] ?? plan(3, 5, 10)).collect {
                let run = try ChildProcess.run(paths.verbatim.path, ["render", files[copies]!, "--size", "200x60"])
                guard run.status == 0, run.outputBytes > 0 else {
                    throw BenchError("`verbatim render \(files[copies]!) --size 200x60` failed (exit \(run.status)): \(run.firstErrorLine)")
                }
                if let first = run.firstOutput { firstOutputs.add(first) }
                return Timing(wall: run.exit, cpu: run.cpu)
            }
            // Peak memory from separate runs under GNU time (the direct runs' rusage is not the
            // program's own; see ChildRun.spawnRSS).
            var peak = 0
            for _ in 0..<3 {
                guard let rss = try ChildProcess.peakRSS(of: paths.verbatim.path, ["render", files[copies]!, "--size", "200x60"]) else {
                    throw BenchError("GNU time (/usr/bin/time) is needed to measure peak memory; install the `time` package")
                }
                peak = max(peak, rss)
            }
            renders[copies] = (samples, peak)
            scale.append(ScalePoint(copies: copies, bytes: fixtureData.count * copies, load: loads[copies]!,
                                    firstFrame: samples, peakRSS: peak))
            let name = copies == 1 ? "fixture" : "\(copies)× fixture"
            figures.append(Figure(name: "`verbatim render --size 200x60` start → exit (whole process): \(name)", samples: samples,
                                  note: "first output byte at \(Units.duration(firstOutputs.median)) (median); peak RSS \(Units.megabytes(Double(peak))) (max of 3 runs under `/usr/bin/time -f %M`)"))
        }

        // The product as it ships, from outside: `verbatim refs` on the 500× input against
        // `wc -m` in the same run, its peak memory, and `dump --json` of 200 MB.
        progress("verbatim refs \(largest)×")
        let refsSamples = try plan(5, 9, 20).collect {
            let run = try ChildProcess.run(paths.verbatim.path, ["refs", files[largest]!])
            guard run.status == 0, run.outputBytes > 0 else {
                throw BenchError("`verbatim refs` failed (exit \(run.status)): \(run.firstErrorLine)")
            }
            return Timing(wall: run.exit, cpu: run.cpu)
        }
        var refsPeak = 0
        for _ in 0..<3 {
            guard let rss = try ChildProcess.peakRSS(of: paths.verbatim.path, ["refs", files[largest]!]) else {
                throw BenchError("GNU time (/usr/bin/time) is needed to measure peak memory; install the `time` package")
            }
            refsPeak = max(refsPeak, rss)
        }
        let refsRatio = wcSamples.median / refsSamples.median
        figures.append(Figure(name: "`verbatim refs` (whole process): \(largest)× fixture", samples: refsSamples, bytes: bigBytes,
                              note: String(format: "`wc -m` time / this = %.2f; ", refsRatio)
                                + "peak RSS \(Units.mebibytes(refsPeak))" + String(format: " (%.2f × input)", Double(refsPeak) / Double(bigBytes))))
        progress("verbatim dump --json \(BenchRun.dumpCopies)×")
        let hugeBytes = BenchRun.dumpCopies * fixtureData.count
        let dumpSamples = try plan(3, 3, 60).collect(warmUp: false) {
            let run = try ChildProcess.run(paths.verbatim.path, ["dump", "--json", hugeURL.path])
            guard run.status == 0, run.outputBytes > 0 else {
                throw BenchError("`verbatim dump --json` failed (exit \(run.status)): \(run.firstErrorLine)")
            }
            return Timing(wall: run.exit, cpu: run.cpu)
        }
        figures.append(Figure(name: "`verbatim dump --json` (whole process, output read from a pipe): \(BenchRun.dumpCopies)× fixture",
                              samples: dumpSamples, bytes: hugeBytes))

        // Targets.
        let bigLoadRate = Units.rate(bytes: bigBytes, nanoseconds: loads[largest]!.median)
        let (fixtureRender, fixturePeak) = renders[1]!
        let (bigRender, bigPeak) = renders[largest]!
        let perByte = { (s: Samples, copies: Int) in s.median / Double(fixtureData.count * copies) }
        let loadGrowth = perByte(loads[largest]!, largest) / perByte(loads[100]!, 100)
        let renderGrowth = perByte(bigRender, largest) / perByte(renders[100]!.0, 100)
        let rssGrowth = (Double(bigPeak) / Double(largest)) / (Double(renders[100]!.1) / 100)
        let targets = [
            TargetResult(target: "Load of the \(largest)× input ≥ 200 MB/s",
                         measured: String(format: "%.0f MB/s", bigLoadRate), met: bigLoadRate >= 200),
            TargetResult(target: "`LC_ALL=C.UTF-8 wc -m` time / load time ≥ 1 (same file, same run)",
                         measured: String(format: "%.2f", wcRatio), met: wcRatio >= 1),
            TargetResult(target: "Fixture: `verbatim render --size 200x60` ≤ 30 ms, whole process (median of ≥ 20)",
                         measured: "\(Units.duration(fixtureRender.median)) (\(fixtureRender.count) runs)",
                         met: fixtureRender.median <= 30e6 && fixtureRender.count >= 20),
            TargetResult(target: "Fixture: peak RSS ≤ 30 MB", measured: Units.megabytes(Double(fixturePeak)),
                         met: fixturePeak <= 30_000_000),
            TargetResult(target: "\(largest)× input: first frame ≤ 1.5 s", measured: Units.duration(bigRender.median),
                         met: bigRender.median <= 1.5e9),
            TargetResult(target: "\(largest)× input: peak RSS ≤ 5 × input (\(Units.megabytes(Double(5 * bigBytes))))",
                         measured: Units.megabytes(Double(bigPeak)) + String(format: " (%.2f ×)", Double(bigPeak) / Double(bigBytes)),
                         met: bigPeak <= 5 * bigBytes),
            TargetResult(target: "Keypress frame at 200×60 ≤ 1 ms (fixture and \(largest)×)",
                         measured: "\(Units.duration(fixtureFrames.median)) / \(Units.duration(bigFrames.median))",
                         met: fixtureFrames.median <= 1e6 && bigFrames.median <= 1e6),
            TargetResult(target: "Wrap of the whole fixture at 40 columns ≤ 5 ms",
                         measured: Units.duration(wraps[40]!.median), met: wraps[40]!.median <= 5e6),
            TargetResult(target: "Linear growth: cost per byte at \(largest)× ≤ 1.5 × that at 100× (load, render, RSS)",
                         measured: String(format: "%.2f / %.2f / %.2f", loadGrowth, renderGrowth, rssGrowth),
                         met: loadGrowth <= 1.5 && renderGrowth <= 1.5 && rssGrowth <= 1.5),
        ]

        let refsRate = Units.rate(bytes: bigBytes, nanoseconds: refsSamples.median)
        let keypressInstructions = ProcessInfo.processInfo.environment["VERBATIM_BENCH_FRAME_INSTRUCTIONS"]
        let thenNow = [
            ThenNow(figure: "`verbatim refs` on the \(largest)× input, whole process", then: EarlierFigures.refsRate,
                    now: String(format: "%.0f MB/s", refsRate), target: "≥ 300 MB/s", met: refsRate >= 300),
            ThenNow(figure: "`LC_ALL=C.UTF-8 wc -m` time ÷ `verbatim refs` time (same file, same run)", then: EarlierFigures.wcRatio,
                    now: String(format: "%.2f", refsRatio), target: "≥ 3", met: refsRatio >= 3),
            ThenNow(figure: "peak RSS of `verbatim refs` on the \(largest)× input", then: EarlierFigures.refsPeak,
                    now: String(format: "%.2f × input", Double(refsPeak) / Double(bigBytes)) + " (\(Units.mebibytes(refsPeak)))",
                    target: "≤ 1.5 × input", met: Double(refsPeak) <= 1.5 * Double(bigBytes)),
            ThenNow(figure: "fixture first frame, `render --size 200x60`, whole process (median of \(fixtureRender.count))",
                    then: EarlierFigures.fixtureRender,
                    now: "\(Units.duration(fixtureRender.median)) (CPU \(Units.duration(fixtureRender.cpuMedian)))",
                    target: "≤ 8 ms", met: fixtureRender.median <= 8e6),
            ThenNow(figure: "fixture peak RSS", then: EarlierFigures.fixturePeak, now: Units.mebibytes(fixturePeak),
                    target: "≤ 12 MiB", met: fixturePeak <= 12 << 20),
            ThenNow(figure: "keypress frame `}` at 200×60 (update + render + diff), fixture / \(largest)×, median in-process",
                    then: EarlierFigures.keypress,
                    now: "\(Units.duration(fixtureFrames.median)) / \(Units.duration(bigFrames.median))",
                    target: "≤ 0.5 ms both", met: fixtureFrames.median <= 5e5 && bigFrames.median <= 5e5),
            ThenNow(figure: "keypress frame, instructions per frame (callgrind, fixture)", then: EarlierFigures.keypressInstructions,
                    now: keypressInstructions.map { "\($0) M" } ?? "not measured in this run (see below)",
                    target: "half", met: keypressInstructions.flatMap(Double.init).map { $0 <= 6.13 / 2 } ?? false),
            ThenNow(figure: "`dump --json` of the \(BenchRun.dumpCopies)× input (\(Units.megabytes(Double(hugeBytes)))), whole process",
                    then: EarlierFigures.dump, now: Units.duration(dumpSamples.median), target: "≤ 4 s", met: dumpSamples.median <= 4e9),
        ]

        let report = Report(
            date: date, command: "swift run -c release verbatim-bench" + (options.quick ? " --quick" : ""),
            machine: machine, loadAtEnd: Machine.loadAverage(),
            inputs: [
                "Inputs: the fixture (\(Units.grouped(fixtureData.count)) bytes) and the fixture repeated as "
                    + BenchRun.scales.dropFirst().map { "\($0)" }.joined(separator: ", ")
                    + " consecutive meetings (the largest \(Units.grouped(bigBytes)) bytes) in `.build/bench-data/`; "
                    + "in each copy the \(generator.slots.count) resolution, document and meeting numbers the fixture cites are "
                    + "replaced by others of the same number of digits, so every copy has the same citations and line widths",
            ],
            checks: checks, figures: figures, scale: scale, targets: targets, thenNow: thenNow,
            seconds: Double(MonotonicClock.now() - started) / 1e9)
        print(report.markdown)
        if options.quick || options.noWrite || !failures.isEmpty || !BenchRun.isReleaseBuild {
            progress("docs/performance.md not written")
        } else {
            try PerformanceDocument.write(report.markdown, to: paths.document)
            progress("wrote \(paths.document.path)")
        }
    }

    /// Builds the release `verbatim` next to the bench, so the process figures are of current code.
    private func buildVerbatim(_ paths: BenchPaths) throws {
        guard let swift = ChildProcess.which("swift") else { throw BenchError("`swift` is not on PATH; use --no-build") }
        progress("swift build -c release --product verbatim")
        let run = try ChildProcess.run(swift, ["build", "-c", "release", "--product", "verbatim", "--package-path", paths.root.path])
        guard run.status == 0 else {
            throw BenchError("`swift build -c release --product verbatim` failed (exit \(run.status)): \(run.firstErrorLine)")
        }
    }
}
