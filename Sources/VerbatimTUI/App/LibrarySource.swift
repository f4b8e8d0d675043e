import VerbatimKit

/// What the browser needs of a library of meetings, in its own row types. The index behind it
/// is used from the event loop's thread only.
public protocol LibrarySource: AnyObject {
    /// Every meeting.
    func meetingRows() -> [MeetingRow]
    /// The meetings citing the reference `key`, other than those read from `excluding`, each
    /// with its mention count and its first mention as the place to open.
    func citingRows(_ key: String, excluding: [String]) -> [FoundRow]
    /// In how many meetings other than the one read from `excluding` the reference is cited.
    func citedElsewhere(_ key: String, excluding: [String]) -> Int
    /// Every statement by the country with this code, in date order.
    func countryRows(code: String) -> [FoundRow]
    /// Every statement by the speaker of statement `statement` (1-based) of `path`.
    func personRows(path: String, statement: Int) -> [FoundRow]
    /// A full-text search over every paragraph, at most `LibraryAnswers.searchLimit` rows.
    func searchRows(_ query: String) -> [FoundRow]
    /// The file holding the document `symbol` (a record or a resolution's text), when held.
    func documentPath(symbol: String) -> String?
    /// The record to show for `path` when it is not a meeting record but a document the library
    /// reads itself (a resolution's text); `nil`: the file is read as a record.
    func resolutionRecord(path: String) -> Record?
}
