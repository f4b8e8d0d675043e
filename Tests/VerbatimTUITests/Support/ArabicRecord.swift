import VerbatimKit
@testable import VerbatimTUI

/// A short Arabic record built by hand (the text is written for the tests): the President opens,
/// then a briefer speaks and cites resolution 2774 (2025).
enum ArabicRecord {
    static let p1 = "أعطي الكلمة الآن للسيدة ديكارلو."
    static let p2 = "لقد اتخذ مجلس الأمن القرار S/RES/2774 (2025) بالإجماع، ونحن نرحب بذلك ترحيبا حارا."
    static let p3 = "لا سلام بلا عدالة، ولا عدالة بلا مساءلة. إن المدنيين يدفعون الثمن كل يوم."

    static var record: Record {
        let president = Speaker(label: "الرئيس (تكلم بالإنكليزية)", role: .president, language: "en")
        let briefer = Speaker(label: "السيدة ديكارلو (تكلمت بالإنكليزية)", name: "ديكارلو", title: "السيدة", language: "en")
        let s1 = Statement(
            index: 1, speaker: president,
            paragraphs: [Paragraph(text: p1, language: "en", page: 2, lines: LineSpan(first: 1, last: 1))],
            lines: LineSpan(first: 1, last: 1), pages: LineSpan(first: 2, last: 2))
        let s2 = Statement(
            index: 2, speaker: briefer,
            paragraphs: [
                Paragraph(text: p2, language: "en", page: 2, references: [
                    SampleRecord.cite(p2, "القرار S/RES/2774 (2025)", id: "S/RES/2774 (2025)", kind: .scResolution),
                ], lines: LineSpan(first: 2, last: 3)),
                Paragraph(text: p3, language: "en", page: 3, lines: LineSpan(first: 4, last: 5)),
            ],
            lines: LineSpan(first: 2, last: 5), pages: LineSpan(first: 2, last: 3))
        let references = [
            Reference(id: "S/RES/2774 (2025)", kind: .scResolution, url: "https://undocs.org/ar/S/RES/2774(2025)", mentions: 1, statements: [2]),
        ]
        return Record(
            meeting: Meeting(symbol: "S/PV.10124", language: "ar"),
            statements: [s1, s2],
            blocks: [.statement(0), .statement(1)],
            references: references)
    }

    /// A state on the record at `width` × `height`, showing statement `statement`.
    static func state(_ width: Int, _ height: Int, statement: Int = 2, bidi: BidiMode = .reorder) -> AppState {
        var state = AppState(record: record, path: nil, size: Size(width: width, height: height))
        state.bidi = bidi
        _ = App.update(&state, .resize(Size(width: width, height: height)))
        for key in KeyTokens.parse(":\(statement) Enter") { _ = App.update(&state, .key(key)) }
        return state
    }
}
