/// What opening a library did to its index, and what it holds afterwards.
public struct IndexReport: Codable, Equatable, Sendable {
    /// Meetings in the library after the update (versions and parts of a meeting count once).
    public var meetings: Int
    /// Files of the library after the update that are records or documents.
    public var files: Int
    /// Files read for the first time in this update.
    public var added: Int
    /// Files read again because their content changed.
    public var updated: Int
    /// Files dropped because they are gone.
    public var removed: Int
    /// Files that could not be read, each with its one-line error.
    public var failed: [FailedFile]
    /// Files read that are neither records nor documents.
    public var notRecords: [String]
    /// Wall time of the open and update, in seconds.
    public var seconds: Double
    /// Problems a user should know of (duplicates, an index rebuilt, an in-memory index), one line each.
    public var warnings: [String]
    /// Seconds spent reading and parsing files, summed over batches (wall time; not in the JSON).
    public var parseSeconds: Double = 0
    /// Seconds spent writing the index, summed over batches, the last checkpoint included (not in the JSON).
    public var writeSeconds: Double = 0
    /// CPU seconds of reading and parsing, summed over the threads that parse (not in the JSON).
    public var parseCPUSeconds: Double = 0
    /// CPU seconds of the one thread that writes the index (not in the JSON).
    public var writeCPUSeconds: Double = 0

    private enum CodingKeys: String, CodingKey {
        case meetings, files, added, updated, removed, failed, notRecords, seconds, warnings
    }

    public init(
        meetings: Int = 0, files: Int = 0, added: Int = 0, updated: Int = 0, removed: Int = 0,
        failed: [FailedFile] = [], notRecords: [String] = [], seconds: Double = 0, warnings: [String] = []
    ) {
        self.meetings = meetings
        self.files = files
        self.added = added
        self.updated = updated
        self.removed = removed
        self.failed = failed
        self.notRecords = notRecords
        self.seconds = seconds
        self.warnings = warnings
    }
}

/// A file of the library that could not be read.
public struct FailedFile: Codable, Equatable, Sendable {
    /// The file.
    public var path: String
    /// Why, in one line.
    public var error: String

    public init(path: String, error: String) {
        self.path = path
        self.error = error
    }
}
