/// How a language cites resolutions, documents and records, so that every form normalises to one UN symbol.
public struct CitationWords: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String

    public init(language: String) {
        self.language = language
    }
}
