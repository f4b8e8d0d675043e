/// One person across the library: a country code and a name, the name taken from one language
/// version of each meeting so that a speaker's names in every version map to the same key.
public struct PersonKey: Hashable, Codable, Sendable {
    public var value: String
    public init(_ value: String) { self.value = value }
}
