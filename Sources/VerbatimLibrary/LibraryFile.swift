import VerbatimKit

/// One language version, part and status of a meeting, as one file of the library.
public struct LibraryFile: Codable, Equatable, Sendable {
    /// The file's path as found under the library's folder.
    public var path: String
    /// ISO 639-1 code of the record's language.
    public var language: String
    /// The part of a meeting published in parts (`Resumption 1` → 1); `nil` for the first or only part.
    public var part: Int?
    /// Provisional, final or unknown.
    public var status: Meeting.Status

    public init(path: String, language: String, part: Int? = nil, status: Meeting.Status = .unknown) {
        self.path = path
        self.language = language
        self.part = part
        self.status = status
    }
}
