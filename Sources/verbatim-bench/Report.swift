import Foundation

/// One measured figure: a name, its timings, and what the timings are of.
struct Figure {
    var name: String
    var samples: Samples
    /// Bytes processed per run, for a MB/s column.
    var bytes: Int? = nil
    var note: String = ""
}

/// One line of the scaling table: the same work on the fixture repeated `copies` times.
struct ScalePoint {
    var copies: Int
    var bytes: Int
    var load: Samples
    var firstFrame: Samples
    var peakRSS: Int
}

/// A target of the specification, and whether this run met it.
struct TargetResult {
    var target: String
    var measured: String
    var met: Bool
}

/// The whole result of a run, as Markdown for the terminal and for `docs/performance.md`.
struct Report {
    var date: Date
    var command: String
    var machine: Machine
    var loadAtEnd: Double
    var inputs: [String]
    var checks: [String]
    var figures: [Figure]
    var scale: [ScalePoint]
    var targets: [TargetResult]
    /// The speed-and-memory table with the earlier figures beside this run's.
    var thenNow: [ThenNow] = []
    var seconds: Double

    var markdown: String {
        var out: [String] = []
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        out.append("- Date: \(formatter.string(from: date))")
        out.append("- Command: `\(command)` (from the package root; the bench builds `verbatim` in release mode first)")
        out.append("- Machine: \(machine.processors) processors (`nproc`), \(machine.cpuModel) (`/proc/cpuinfo`); "
            + String(format: "1-minute load average %.2f at the start, %.2f at the end", machine.loadAverage, loadAtEnd))
        out.append(String(format: "- Duration of the run: %.0f s", seconds))
        for line in inputs { out.append("- \(line)") }
        out.append("")
        out.append("Checked before any figure was taken:")
        out.append("")
        for line in checks { out.append("- \(line)") }
        out.append("")
        out.append("### Figures (\(BenchRun.isReleaseBuild ? "release" : "**debug**") build; median / min / max over repeated runs within this one bench run)")
        out.append("")
        out.append("| Measure | Median | Min | Max | Runs | CPU time (median) | Notes |")
        out.append("|---|---:|---:|---:|---:|---:|---|")
        for f in figures {
            var note = f.note
            if let bytes = f.bytes {
                let rate = String(format: "%.0f MB/s", Units.rate(bytes: bytes, nanoseconds: f.samples.median))
                note = note.isEmpty ? rate : "\(rate); \(note)"
            }
            out.append("| \(f.name) | \(Units.duration(f.samples.median)) | \(Units.duration(f.samples.min)) | "
                + "\(Units.duration(f.samples.max)) | \(f.samples.count) | \(Units.duration(f.samples.cpuMedian)) | \(note) |")
        }
        out.append("")
        out.append("### Speed and memory: then / now")
        out.append("")
        out.append("Then: \(EarlierFigures.source). Now: this run.")
        out.append("")
        out.append("| Figure | Then | Now | Target | Met |")
        out.append("|---|---:|---:|---|---|")
        for row in thenNow {
            out.append("| \(row.figure) | \(row.then) | \(row.now) | \(row.target) | \(row.met ? "yes" : "**no**") |")
        }
        out.append("")
        out.append("### Scaling with the size of the input (medians)")
        out.append("")
        out.append("| Input | Size | Load | MB/s | ns/byte | `verbatim render` whole process | its CPU time | ns/byte | Peak RSS | RSS / input |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for p in scale {
            let loadPerByte = p.load.median / Double(p.bytes)
            let framePerByte = p.firstFrame.median / Double(p.bytes)
            out.append("| \(p.copies)× fixture | \(Units.megabytes(Double(p.bytes))) | \(Units.duration(p.load.median)) | "
                + String(format: "%.0f", Units.rate(bytes: p.bytes, nanoseconds: p.load.median))
                + String(format: " | %.2f", loadPerByte)
                + " | \(Units.duration(p.firstFrame.median)) | \(Units.duration(p.firstFrame.cpuMedian)) | "
                + String(format: "%.2f", framePerByte)
                + " | \(Units.megabytes(Double(p.peakRSS))) | " + String(format: "%.2f", Double(p.peakRSS) / Double(p.bytes)) + " |")
        }
        out.append("")
        out.append("### Targets")
        out.append("")
        out.append("| Target | Measured | Met |")
        out.append("|---|---|---|")
        for t in targets {
            out.append("| \(t.target) | \(t.measured) | \(t.met ? "yes" : "**no**") |")
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// `docs/performance.md`: the bench rewrites the part between its markers and keeps the rest,
/// where the analysis of the figures is written by hand.
enum PerformanceDocument {
    static let begin = "<!-- verbatim-bench: begin (generated by `swift run -c release verbatim-bench`; edits here are overwritten) -->"
    static let end = "<!-- verbatim-bench: end -->"

    static func write(_ generated: String, to url: URL) throws {
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var text: String
        if let b = existing.range(of: begin), let e = existing.range(of: end), b.upperBound <= e.lowerBound {
            text = String(existing[..<b.upperBound]) + "\n" + generated + String(existing[e.lowerBound...])
        } else {
            text = "# Performance\n\n"
                + "Measured with `swift run -c release verbatim-bench`, which generates its inputs, checks them, "
                + "times every stage and rewrites the section below.\n\n"
                + "## Latest run\n\n" + begin + "\n" + generated + end + "\n" + existing
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
