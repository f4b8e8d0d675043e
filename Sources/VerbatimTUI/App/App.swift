import VerbatimKit

/// The app's two pure functions: `update` (state + event → state and effects) and `render`
/// (state + size → grid). The runtime feeds events in and carries effects out.
public enum App {
    /// Applies one event to the state; returns the work the runtime must do.
    public static func update(_ state: inout AppState, _ event: Event) -> [Effect] {
        state.apply(event)
    }

    /// Draws the state into a grid of exactly `size`.
    public static func render(_ state: AppState, size: Size) -> Grid {
        state.draw(size: size)
    }
}
