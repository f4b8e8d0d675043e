/// Links as the exports write them: only `http` and `https`, with every character that could
/// end a Markdown `<…>` destination or an HTML attribute, or is not plain ASCII, percent-encoded.
/// Parentheses stay as they are (`S/RES/1540(2004)`): undocs.org paths hold them.
public enum ExportLink {
    /// `url` safe to write, or `nil` when it is not an http(s) link.
    public static func safe(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        var out = ""
        for byte in url.utf8 {
            let scalar = Unicode.Scalar(byte)
            let plain = byte > 0x20 && byte < 0x7F && !"<>\"'`\\^{|} ".unicodeScalars.contains(scalar)
            if plain {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
