// PLACEHOLDER — replaced by the browser (issue 4). Signatures are the contract.
import VerbatimKit

/// The browser's whole state: the record, what is shown, where the user is, and history.
public struct AppState: Sendable {
    /// The record being read.
    public var record: Record
    /// The file it came from, if any (used for `O` and the title).
    public var path: String?
    /// Whether the terminal has colours (false: the monochrome theme).
    public var colors: Bool
    /// The last size the app was told of.
    public var size: Size

    public init(record: Record, path: String?, colors: Bool = true, size: Size = Size(width: 80, height: 24)) {
        self.record = record
        self.path = path
        self.colors = colors
        self.size = size
    }
}

/// The app's two pure functions: `update` (state + event → state and effects) and `render`
/// (state + size → grid).
public enum App {
    /// Applies one event to the state; returns the work the runtime must do.
    public static func update(_ state: inout AppState, _ event: Event) -> [Effect] {
        switch event {
        case .resize(let size): state.size = size
        case .key(.character("q")): return [.quit]
        default: break
        }
        return []
    }

    /// Draws the state into a grid of exactly `size`.
    public static func render(_ state: AppState, size: Size) -> Grid {
        var grid = Grid(size: size)
        grid.put("\(state.record.statements.count) statements", at: Point(x: 0, y: 0), style: .plain)
        return grid
    }
}
