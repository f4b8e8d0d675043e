/// Role names as the screens and commands show them in a language: the presiding officer, the Secretary-General, the body.
public struct RoleNames: Sendable {
    /// ISO 639-1 code of the language.
    public let language: String

    public init(language: String) {
        self.language = language
    }
}
