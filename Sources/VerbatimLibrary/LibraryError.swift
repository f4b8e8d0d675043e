/// A library that cannot be opened: `message` is one line a user can act on.
public struct LibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
