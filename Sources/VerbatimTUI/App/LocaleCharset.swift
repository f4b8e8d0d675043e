/// Whether the locale the environment names uses UTF-8, read as the C library reads it: the first
/// of `LC_ALL`, `LC_CTYPE` and `LANG` that is set and not empty names the locale, and its
/// character set is the part after the `.` (`zh_CN.UTF-8`, `en_US.utf8`; `C` and `POSIX` have none).
public enum LocaleCharset {
    /// True when the locale named by `environment` has the UTF-8 character set.
    public static func isUTF8(environment: [String: String]) -> Bool {
        guard let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }),
            let dot = locale.firstIndex(of: ".")
        else { return false }
        var charset = locale[locale.index(after: dot)...]
        if let at = charset.firstIndex(of: "@") { charset = charset[..<at] }
        let name = charset.lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8"
    }
}
