/// What the browser asks of the library; the runtime answers with an `Event`
/// (`meetingOpened`, `found` or `notice`).
public enum LibraryRequest: Equatable, Sendable {
    /// Read the files of `place` and show it.
    case open(LibraryPlace)
    /// The other meetings citing the reference `key` (those not read from `excluding`).
    case citing(key: String, excluding: [String])
    /// Every statement by the country with `code` (named `name` in the list's title).
    case country(code: String, name: String)
    /// Every statement by the speaker of statement `statement` of `path`.
    case person(path: String, statement: Int, name: String)
    /// A full-text search.
    case search(String)
    /// Open the cited document `symbol` when the library holds it.
    case document(symbol: String)
}
