/// A document the library holds, found by its symbol: a record or a resolution's text.
public struct LibraryDocument: Codable, Equatable, Sendable {
    /// What the document is.
    public enum Kind: String, Codable, Sendable {
        case record, resolution
    }

    /// Its symbol as a reference id (`S/PV.8160`, `S/RES/1540 (2004)`).
    public var symbol: String
    /// The file.
    public var path: String
    /// Record or resolution.
    public var kind: Kind

    public init(symbol: String, path: String, kind: Kind) {
        self.symbol = symbol
        self.path = path
        self.kind = kind
    }
}
