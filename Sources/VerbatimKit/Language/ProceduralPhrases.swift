/// A language's procedural phrases: the meeting's opening and closing, suspension and resumption, agenda adoption, and votes.
public struct ProceduralPhrases: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String

    public init(language: String) {
        self.language = language
    }
}
