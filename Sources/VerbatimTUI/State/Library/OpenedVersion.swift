import VerbatimKit

/// A file read from the library: the record and its path.
public struct OpenedVersion: Equatable, Sendable {
    public var record: Record
    public var path: String

    public init(record: Record, path: String) {
        self.record = record
        self.path = path
    }
}
