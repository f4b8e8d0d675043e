/// The UN symbol a record file is named after, the way the UN names its downloads: `/` written
/// `_`, then an optional `_` and language code, then the extension (`S_PV.8160_zh.txt` →
/// `S/PV.8160`, `A_72_PV.5.pdf` → `A/72/PV.5`).
public enum FileNameSymbol {
    /// The symbol in the last component of `path`, or `nil` when the name is not of that form.
    public static func symbol(inPath path: String) -> String? {
        guard let last = path.split(separator: "/").last else { return nil }
        return symbol(fromFileName: String(last))
    }

    /// The symbol `name` (a file name without folders) spells, or `nil`.
    public static func symbol(fromFileName name: String) -> String? {
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: "."), stem[stem.index(after: dot)...].allSatisfy(\.isLetter) { stem = stem[..<dot] }
        var parts = stem.split(separator: "_", omittingEmptySubsequences: false)
        if parts.count > 2, let last = parts.last, last.count == 2, last.allSatisfy({ $0.isASCII && $0.isLetter && $0.isLowercase }) {
            parts.removeLast()
        }
        guard parts.count >= 2, let series = parts.first, !series.isEmpty,
            series.allSatisfy({ $0.isASCII && $0.isUppercase }),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") } }),
            parts.dropFirst().contains(where: { $0.contains(where: \.isNumber) })
        else { return nil }
        return parts.joined(separator: "/")
    }
}
