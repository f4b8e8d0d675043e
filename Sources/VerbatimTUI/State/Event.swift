import VerbatimLibrary
import VerbatimKit

/// A mouse action at a cell.
public struct MouseEvent: Equatable, Sendable {
    /// What the mouse did.
    public enum Action: Equatable, Sendable {
        case press, wheelUp, wheelDown
    }

    public var action: Action
    public var position: Point

    public init(action: Action, position: Point) {
        self.action = action
        self.position = position
    }
}

/// Everything that can happen to the app: input, a resize, or news from the runtime.
public enum Event: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// A message from the runtime for the status line (e.g. "no browser; URL copied").
    case notice(String)
    /// Another record, loaded by the runtime after `Effect.openRecord`.
    case recordOpened(Record, path: String)
    /// The library's meetings, once its folder is indexed, with the warnings of opening it; or,
    /// with `indexing`, those of the index as it was, while it is brought up to date.
    case libraryLoaded(meetings: [MeetingRow], warnings: [String], indexing: Bool = false)
    /// How far the indexing has come.
    case indexing(IndexProgress)
    /// A meeting read from the library after `LibraryRequest.open` or `.document`: its versions
    /// (the first is read, the others beside it), where to go, and for each reference of the
    /// first in how many other meetings it is cited.
    case meetingOpened(versions: [OpenedVersion], place: LibraryPlace, elsewhere: [String: Int])
    /// A list from the library, after `LibraryRequest.citing`, `.country`, `.person`, `.search`.
    case found(FoundList)
    /// The terminal's answer to the ambiguous-width probe: the columns it drew `•` in, or `nil`
    /// when it did not answer in time. Changes the width in force only under `--ambiguous auto`.
    case ambiguousWidthProbed(AmbiguousWidth?)
}
