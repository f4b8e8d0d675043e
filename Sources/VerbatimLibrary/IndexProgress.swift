/// How far an index update has got: files and bytes read of those that need reading.
public struct IndexProgress: Equatable, Sendable {
    /// Files read so far.
    public var filesDone: Int
    /// Files to read in this update.
    public var files: Int
    /// Bytes read so far.
    public var bytesDone: Int
    /// Bytes to read in this update.
    public var bytes: Int
    /// Seconds since the update began.
    public var seconds: Double

    public init(filesDone: Int, files: Int, bytesDone: Int, bytes: Int, seconds: Double) {
        self.filesDone = filesDone
        self.files = files
        self.bytesDone = bytesDone
        self.bytes = bytes
        self.seconds = seconds
    }
}
