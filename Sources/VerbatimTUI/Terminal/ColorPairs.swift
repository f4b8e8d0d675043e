/// Hands out ncurses colour-pair numbers, one per foreground/background combination, the first
/// time each combination is used. Pair 0 is the terminal's default pair; when the terminal's
/// pairs run out, further combinations get pair 0 rather than failing.
struct ColorPairs {
    /// Pair numbers available: 1 ..< limit.
    let limit: Int
    private var assigned: [Int16: Int16] = [:]
    private var next: Int16 = 1

    init(limit: Int) {
        self.limit = max(1, min(limit, Int(Int16.max)))
    }

    /// The pair for `foreground` on `background`, and whether it is new (so must be defined).
    mutating func pair(foreground: Color, background: Color) -> (pair: Int16, isNew: Bool) {
        if foreground == .default && background == .default { return (0, false) }
        let key = Int16(foreground.rawValue) &* 16 &+ Int16(background.rawValue)
        if let pair = assigned[key] { return (pair, false) }
        guard Int(next) < limit else { return (0, false) }
        let pair = next
        next += 1
        assigned[key] = pair
        return (pair, true)
    }
}
