import VerbatimLibrary

/// How far the indexing of a library's folder has come, as the status row shows it.
extension IndexProgress {
    /// `indexing 120/2000 files · 12.0/200.0 MB · 5.1 MB/s · 37 s left`.
    /// Before the first files are counted: `indexing the folder…`.
    public var summary: String {
        guard files > 0 else { return "indexing the folder…" }
        let mb = { (n: Int) in Double(n) / 1_000_000 }
        var text = "indexing \(filesDone)/\(files) files · \(IndexProgress.decimal(mb(bytesDone)))/\(IndexProgress.decimal(mb(bytes))) MB"
        if seconds > 0.2, bytesDone > 0 {
            let rate = mb(bytesDone) / seconds
            text += " · \(IndexProgress.decimal(rate)) MB/s"
            let left = Double(max(0, bytes - bytesDone)) / (Double(bytesDone) / seconds)
            text += " · \(IndexProgress.duration(left)) left"
        }
        return text
    }

    /// One decimal place.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// `42 s`, `3 min 5 s`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s"
    }
}
