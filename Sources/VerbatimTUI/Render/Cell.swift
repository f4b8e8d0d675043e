/// One cell of the screen grid.
///
/// A wide character occupies its cell and the next; the next is a `continuation` cell that holds
/// no character of its own, so nothing can ever draw half of a wide character.
public struct Cell: Equatable, Sendable {
    /// The grapheme cluster drawn here (already a visible stand-in for controls); a space when
    /// empty; ignored for continuation cells.
    public var character: Character
    /// How it is drawn.
    public var style: Style
    /// True for the second cell of a wide character.
    public var isContinuation: Bool

    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell in the plain style.
    public static let blank = Cell()
}
