/// Who puts right-to-left text in display order: the program (`reorder`: the Unicode
/// Bidirectional Algorithm per wrapped line, Arabic shaped into presentation forms, right-to-left
/// paragraphs aligned right), or the terminal (`terminal`: text is sent in logical order,
/// unshaped, for terminals that reorder and join themselves, such as mlterm, Konsole, or VTE
/// with bidi on).
public enum BidiMode: String, Sendable, CaseIterable {
    case reorder
    case terminal
}
