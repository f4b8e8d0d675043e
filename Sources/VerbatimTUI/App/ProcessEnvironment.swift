#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables, read with `getenv` (no Foundation `ProcessInfo`).
public enum ProcessEnvironment {
    /// The value of `name`, or `nil` when it is not set.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Every variable of the environment, by name (the first of a name set twice).
    public static func all() -> [String: String] {
        var found: [String: String] = [:]
        var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        guard entry != nil else { return found }
        while let pointer = entry?.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: 0x3D) {
                let name = String(text[..<equals])
                if found[name] == nil { found[name] = String(text[text.index(after: equals)...]) }
            }
            entry = entry.map { $0 + 1 }
        }
        return found
    }

    /// The variables among `names` that are set, by name.
    public static func values(_ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names { found[name] = value(name) }
        return found
    }
}
