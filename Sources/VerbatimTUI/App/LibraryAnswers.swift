import VerbatimKit

/// How the runtime answers a `LibraryRequest`: it asks the library and reads the files to open.
public enum LibraryAnswers {
    /// The most rows a search shows.
    public static let searchLimit = 200

    /// The event that answers `request`.
    public static func answer(_ request: LibraryRequest, from source: LibrarySource, encoding: TextEncoding? = nil) -> Event {
        switch request {
        case .open(let place):
            return open(place, from: source, encoding: encoding)
        case .citing(let key, let excluding):
            return .found(FoundList(kind: .citing(key), rows: source.citingRows(key, excluding: excluding)))
        case .country(let code, let name):
            return .found(FoundList(kind: .country(name), rows: source.countryRows(code: code)))
        case .person(let path, let statement, let name):
            return .found(FoundList(kind: .person(name), rows: source.personRows(path: path, statement: statement)))
        case .search(let query):
            let rows = source.searchRows(query)
            return .found(FoundList(kind: .search(query), rows: rows, truncated: rows.count >= searchLimit))
        case .document(let symbol):
            guard let path = source.documentPath(symbol: symbol) else {
                return .notice("\(symbol) is not in the library")
            }
            return open(LibraryPlace(paths: [path]), from: source, encoding: encoding)
        }
    }

    /// Reads the files of `place` (those that fail are left out; when the first fails, says so).
    static func open(_ place: LibraryPlace, from source: LibrarySource, encoding: TextEncoding?) -> Event {
        var versions: [OpenedVersion] = []
        for (i, path) in place.paths.enumerated() {
            if let resolution = source.resolutionRecord(path: path) {
                versions.append(OpenedVersion(record: resolution, path: path))
                continue
            }
            do {
                versions.append(OpenedVersion(record: try RecordLoader.load(path: path, encoding: encoding), path: path))
            } catch {
                if i == 0 { return .notice(error.message) }
            }
        }
        // Versions of another meeting are not read beside it (files renamed since indexing).
        if versions.count > 1 {
            let name = ParallelState.meetingName(of: versions[0].record, path: versions[0].path)
            versions = versions.filter { ParallelState.meetingName(of: $0.record, path: $0.path) == name }
        }
        var elsewhere: [String: Int] = [:]
        if let first = versions.first {
            for reference in first.record.references {
                elsewhere[reference.id] = source.citedElsewhere(reference.id, excluding: versions.map(\.path))
            }
        }
        return .meetingOpened(versions: versions, place: place, elsewhere: elsewhere)
    }
}
