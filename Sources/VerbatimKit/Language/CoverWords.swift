/// A language's cover-page words (body, session, meeting, president, members, agenda, provisional) and the shape of its running headers and footers.
public struct CoverWords: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String

    public init(language: String) {
        self.language = language
    }
}
