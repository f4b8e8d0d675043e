// PLACEHOLDER — replaced by the browser (issue 4).
import VerbatimKit

/// The browser's whole state.
public struct AppState {
    public var record: Record
    public init(record: Record) { self.record = record }
}
