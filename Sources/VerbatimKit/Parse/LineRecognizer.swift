/// The kinds of line the parser recognises before it takes a line for running text, in the
/// order a profile or an input format lists them (`LanguageProfile.recognizers`).
public enum LineRecognizer: Sendable, Equatable {
    /// A cover page: symbol, date, president and members, up to the meeting's opening.
    case coverPage
    /// Opening, closing, suspension, resumption and agenda adoption (`ProceduralPhrases`).
    case procedural
    /// An agenda item announced in the body (`议程项目68（续）`).
    case agendaItemHeading
    /// A speaker label, read by the profile's `LabelGrammar`.
    case speakerLabel
    /// A note on a line of its own (`(spoke in English)`, `（以俄语发言）`).
    case note
    /// The heading of a recorded vote's list of States (`赞成：`).
    case voteHeading

    /// The order every standard profile uses.
    public static let standard: [LineRecognizer] = [.coverPage, .procedural, .agendaItemHeading, .speakerLabel, .note, .voteHeading]
}
