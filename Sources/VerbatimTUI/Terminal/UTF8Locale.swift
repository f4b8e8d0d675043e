import CNcursesw

#if canImport(Glibc)
import Glibc
#endif

/// Sets the process locale from the environment, as a terminal program must before ncurses
/// starts; when that locale's character set is not UTF-8, switches the process to `C.UTF-8`
/// so that text is drawn as UTF-8 rather than as mojibake.
public enum UTF8Locale {
    /// Applies the locale; returns false when no UTF-8 locale could be set.
    @discardableResult
    public static func apply() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    /// True when the current locale's character set is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
