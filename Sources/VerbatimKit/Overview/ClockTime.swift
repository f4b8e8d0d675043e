/// A time of day to the minute, as a procedural line states it (`上午10时20分` → 10:20,
/// `3.10 p.m.` → 15:10).
public struct ClockTime: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0 ..< 1440.
    public let minutes: Int

    /// The time `hour`:`minute` on a 24-hour clock; `nil` when out of range.
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0..<60).contains(minute), hour < 24 || minute == 0 else { return nil }
        minutes = (hour % 24) * 60 + minute
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `13:05`.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Minutes from `self` to `later`, across midnight when `later` is earlier in the day.
    public func minutes(until later: ClockTime) -> Int {
        let difference = later.minutes - minutes
        return difference >= 0 ? difference : difference + 24 * 60
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }

    /// `2 h 40 min`, `45 min`, `3 h`.
    public static func duration(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        if h == 0 { return "\(m) min" }
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }
}
