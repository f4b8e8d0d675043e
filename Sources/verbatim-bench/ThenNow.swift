/// One figure of the speed-and-memory table: its value in an earlier run ("then"), in this run
/// ("now"), and the target, with whether this run meets it.
struct ThenNow {
    var figure: String
    var then: String
    var now: String
    var target: String
    var met: Bool
}

/// The "then" column: the figures measured before the lighter process and the faster frame,
/// with the same commands on the same machine.
enum EarlierFigures {
    /// Where the figures come from.
    static let source = "2026-11-25 (the bench's previous run, and the same commands run from outside on the 500× and 2,000× inputs)"
    static let refsRate = "~110 MB/s"
    static let wcRatio = "0.92–1.08"
    static let refsPeak = "3.4 × input (171 MiB)"
    static let fixtureRender = "16 ms"
    static let fixturePeak = "24 MiB"
    static let keypress = "0.73 / 0.83 ms"
    static let keypressInstructions = "6.13 M"
    static let dump = "26.8 s"
}
