import Foundation

/// Formatting of times, sizes and rates for the report.
enum Units {
    /// A duration given in nanoseconds, in the unit that suits it (`0.412 ms`, `1.23 s`).
    static func duration(_ nanoseconds: Double) -> String {
        guard nanoseconds.isFinite else { return "–" }
        if nanoseconds < 1_000 { return String(format: "%.0f ns", nanoseconds) }
        if nanoseconds < 1_000_000 { return String(format: "%.1f µs", nanoseconds / 1e3) }
        if nanoseconds < 1_000_000_000 { return String(format: "%.2f ms", nanoseconds / 1e6) }
        return String(format: "%.3f s", nanoseconds / 1e9)
    }

    /// Bytes as MB (10^6 bytes), the unit of the targets.
    static func megabytes(_ bytes: Double) -> String {
        String(format: "%.1f MB", bytes / 1e6)
    }

    /// A throughput of `bytes` processed in `nanoseconds`, in MB/s.
    /// Bytes as MiB, one decimal: `24.3 MiB`.
    static func mebibytes(_ bytes: Int) -> String {
        String(format: "%.1f MiB", Double(bytes) / 1_048_576)
    }

    static func rate(bytes: Int, nanoseconds: Double) -> Double {
        Double(bytes) / 1e6 / (nanoseconds / 1e9)
    }

    /// A whole number with thousands separators (`51,395,000`).
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }
}
