/// How a language writes its speaker labels: titles and honorifics, roles, the country bracket, the spoken-language note and the closing colon.
public struct LabelGrammar: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String

    public init(language: String) {
        self.language = language
    }
}
