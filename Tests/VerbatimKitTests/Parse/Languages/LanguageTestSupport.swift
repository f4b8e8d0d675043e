@testable import VerbatimKit

/// Parses small inputs built for the label and paragraph tests.
enum LanguageInput {
    /// `text` parsed with the language found from it, or with `profile`.
    static func parse(_ text: String, profile: LanguageProfile? = nil) -> Record {
        var text = text
        return text.withUTF8 { bytes in
            var parser = RecordParser(bytes: bytes, warnings: [], profile: profile)
            return parser.parse()
        }
    }
}
