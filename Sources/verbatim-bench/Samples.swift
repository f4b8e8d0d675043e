/// Repeated timings of one measurement, in nanoseconds, with their median, minimum and maximum.
struct Samples {
    /// The wall-clock timings in the order they were taken.
    private(set) var nanoseconds: [UInt64] = []
    /// The CPU times of the same runs.
    private(set) var cpuNanoseconds: [UInt64] = []

    mutating func add(_ value: UInt64) { nanoseconds.append(value) }

    mutating func add(_ timing: Timing) {
        nanoseconds.append(timing.wall)
        cpuNanoseconds.append(timing.cpu)
    }

    /// The median CPU time, when CPU times were taken.
    var cpuMedian: Double {
        Samples.median(of: cpuNanoseconds)
    }

    var count: Int { nanoseconds.count }
    var isEmpty: Bool { nanoseconds.isEmpty }

    /// The median (mean of the two middle values for an even count).
    var median: Double { Samples.median(of: nanoseconds) }

    static func median(of values: [UInt64]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Double(sorted[middle]) }
        return (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
    }

    var min: Double { nanoseconds.min().map { Double($0) } ?? .nan }
    var max: Double { nanoseconds.max().map { Double($0) } ?? .nan }
}

/// How often to repeat a measurement: at least `minimum` runs, then more while the time spent is
/// within `budget` seconds, at most `maximum` runs.
struct RunPlan {
    var minimum: Int
    var maximum: Int
    var budget: Double

    /// Runs `body` once untimed (warm-up) when `warmUp` is set, then as the plan says; `body`
    /// returns the timing of one run.
    func collect(warmUp: Bool = true, _ body: () throws -> Timing) rethrows -> Samples {
        if warmUp { _ = try body() }
        var samples = Samples()
        let start = MonotonicClock.now()
        while samples.count < minimum
            || (samples.count < maximum && Double(MonotonicClock.now() - start) / 1e9 < budget) {
            samples.add(try body())
        }
        return samples
    }
}
