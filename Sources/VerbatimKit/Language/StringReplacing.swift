/// Small string edits the phrase tables need, without Foundation.
extension String {
    /// The string with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    /// The string without `/` or `:` at its ends.
    func trimmingSlashes() -> String {
        var t = Substring(self)
        while let f = t.first, f == "/" || f == ":" { t = t.dropFirst() }
        while let l = t.last, l == "/" || l == ":" { t = t.dropLast() }
        return String(t)
    }
}
