import VerbatimKit

/// One-line text (list rows, the title row, the status row) as it is drawn: cut to width in
/// logical order by the caller, then put in display order (Arabic reordered and shaped) when the
/// program does bidi (`BidiMode.reorder`); as written otherwise. Text without right-to-left
/// letters comes back unchanged.
enum OneLineDisplay {
    static func shown(_ text: String, _ mode: BidiMode) -> String {
        mode == .reorder ? BidiParagraph.display(text) : text
    }
}
