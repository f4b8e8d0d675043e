/// A list from the library shown over the screen, with what it lists.
public struct FoundList: Equatable, Sendable {
    /// What the rows are.
    public enum Kind: Equatable, Sendable {
        /// `M`: the other meetings citing a reference.
        case citing(String)
        /// `a`: every statement by a country.
        case country(String)
        /// `A`: every statement by a person.
        case person(String)
        /// `/` in the meetings list: the statements matching a query.
        case search(String)
        /// Enter on a meeting read in several texts (parts, final and provisional): which to open.
        case texts(String)
    }

    public var kind: Kind
    public var rows: [FoundRow]
    /// True when the library stopped at its limit: there may be more.
    public var truncated: Bool

    public init(kind: Kind, rows: [FoundRow], truncated: Bool = false) {
        self.kind = kind
        self.rows = rows
        self.truncated = truncated
    }

    /// The list's title in its box.
    public var title: String {
        switch kind {
        case .citing(let key): "Other meetings citing \(key)"
        case .country(let name): "Statements by \(name)"
        case .person(let name): "Statements by \(name)"
        case .search(let query): "Found “\(query)” in the library" + (truncated ? " (the first \(rows.count))" : "")
        case .texts(let symbol): "\(symbol): which text?"
        }
    }

    /// What is said when the list is empty.
    public var emptyMessage: String {
        switch kind {
        case .citing(let key): "no other meeting of the library cites \(key)"
        case .country(let name), .person(let name): "no statement by \(name) in the library"
        case .search(let query): "“\(query)” is not in the library"
        case .texts(let symbol): "no text of \(symbol) to open"
        }
    }
}
