/// The direction a paragraph is written in, as the Unicode Bidirectional Algorithm resolves it:
/// a right-to-left paragraph (Arabic) reads from the right edge, and is aligned there.
public enum TextDirection: Sendable, Equatable {
    case leftToRight
    case rightToLeft
}
