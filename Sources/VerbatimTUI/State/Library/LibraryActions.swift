import VerbatimKit

/// What the library's keys do: the meetings list (Enter, `S`, `f`, `/`), and from a statement
/// the lists across meetings (`M`, `a`, `A`); and how the library's answers are shown.
extension AppState {
    /// A state showing the meetings list of `library` (empty while its folder is indexed).
    public init(library: LibraryState, colors: Bool = true, size: Size = Size(width: 80, height: 24)) {
        let empty = Record(meeting: Meeting(symbol: nil, language: "en"))
        self.init(record: empty, path: nil, colors: colors, size: size)
        self.library = library
        self.library?.listShown = true
        focus = .meetings
        clamp()
    }

    /// The actions that mean something in the meetings list.
    static let meetingsListActions: Set<Action> = [
        .lineDown, .lineUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .top, .bottom,
        .openMeeting, .sortMeetings, .filterMeetings, .searchLibrary,
        .back, .forward, .toggleMouse, .help, .cancel, .redraw, .suspend, .quit,
    ]

    /// The line said when a library key is pressed on a file opened alone.
    static let noLibraryMessage = "not in a library: open a folder of records (verbatim DIR) for M, a and A"

    mutating func performLibrary(_ action: Action) -> [Effect] {
        switch action {
        case .openMeeting:
            guard let library, let meeting = library.shown.indices.contains(library.selection) ? library.shown[library.selection] : nil else {
                message = "no meeting to open"
                return []
            }
            let name = meeting.symbol ?? meeting.key
            let texts = meeting.texts
            if !texts.isEmpty {
                // Parts and versions read apart: the user chooses.
                let rows = texts.map { text in
                    let files = meeting.files(part: text.part, provisional: text.provisional)
                    var label = [text.part.map { "part \($0)" }, text.provisional ? "provisional" : "final"].compactMap { $0 }
                    label.append(files.map(\.language).joined(separator: " "))
                    return FoundRow(symbol: name, isoDate: meeting.isoDate, text: label.joined(separator: " · "),
                                    place: LibraryPlace(paths: files.map(\.path)))
                }
                showFound(FoundList(kind: .texts(name), rows: rows))
                return []
            }
            let files = meeting.openedFiles
            guard !files.isEmpty else {
                message = "no file of \(meeting.symbol ?? meeting.key) to open"
                return []
            }
            return [.library(.open(LibraryPlace(paths: files.map(\.path))))]
        case .sortMeetings:
            guard library != nil else { break }
            let sort: LibraryState.Sort = library?.sort == .date ? .symbol : .date
            library?.sort = sort
            message = "sorted by \(sort.rawValue)"
        case .filterMeetings:
            guard let library else { break }
            prompt = Prompt(kind: .filter, text: library.filter, origin: location)
        case .searchLibrary:
            prompt = Prompt(kind: .librarySearch, origin: location)
        case .citingMeetings:
            guard library != nil else {
                message = AppState.noLibraryMessage
                break
            }
            guard let key = selectedReference else {
                message = noReferenceMessage
                break
            }
            return [.library(.citing(key: key, excluding: versionPaths))]
        case .countryStatements:
            guard library != nil else {
                message = AppState.noLibraryMessage
                break
            }
            guard let speaker = currentSpeaker else {
                message = "not a statement: a and A list a speaker's statements"
                break
            }
            guard let code = speaker.countryCode else {
                message = "the speaker's country is not known" + (speaker.country.map { " (\($0))" } ?? "")
                break
            }
            return [.library(.country(code: code, name: speaker.country ?? code))]
        case .personStatements:
            guard library != nil else {
                message = AppState.noLibraryMessage
                break
            }
            guard let speaker = currentSpeaker, let number = document.entries[entry].statementNumber, let path else {
                message = "not a statement: a and A list a speaker's statements"
                break
            }
            let name = SpeakerListPane.displayName(speaker, roles: SpeakerListPane.roles(of: document.record))
            return [.library(.person(path: path, statement: number, name: name))]
        default:
            break
        }
        return []
    }

    /// The speaker of the entry on show, when it is a statement.
    var currentSpeaker: Speaker? {
        document.entries.indices.contains(entry) ? document.entries[entry].speaker : nil
    }

    /// The files of the meeting on show: every version read side by side, else its file.
    var versionPaths: [String] {
        if let parallel = activeParallel?.state { return parallel.versions.compactMap(\.path) }
        return path.map { [$0] } ?? []
    }

    /// In how many other meetings of the library `key` is cited, when the meeting on show was
    /// read from a library.
    func citedElsewhere(_ key: String) -> Int? {
        guard let library else { return nil }
        for path in versionPaths {
            if let counts = library.elsewhere[path] { return counts[key] ?? 0 }
        }
        return nil
    }

    /// Applies the `f` filter, keeping the selected meeting selected when it is still shown.
    mutating func setFilter(_ text: String) {
        guard library != nil else { return }
        library?.filter = text
        library?.top = 0
        clamp()
    }

    /// A full-text search of the library, from the `/` prompt of the meetings list.
    mutating func searchLibrary(_ text: String) -> [Effect] {
        let query = text.trimmingBlanks()
        guard !query.isEmpty else { return [] }
        message = "searching the library for “\(query)”"
        return [.library(.search(query))]
    }

    /// The library's meetings have arrived: the folder is indexed, or (`indexing`) the index as
    /// it was is there while the update goes on.
    mutating func libraryLoaded(_ meetings: [MeetingRow], warnings: [String], indexing: Bool = false) {
        guard library != nil else { return }
        library?.meetings = meetings
        if indexing { return }
        library?.progress = nil
        library?.warnings = warnings
        let count = meetings.count == 1 ? "1 meeting" : "\(meetings.count) meetings"
        message = warnings.isEmpty ? count : "\(count) · ⚠ " + warnings[0] + (warnings.count > 1 ? " (+\(warnings.count - 1) more)" : "")
    }

    /// Shows a list from the library, or says that it is empty.
    mutating func showFound(_ list: FoundList) {
        guard library != nil else { return }
        guard !list.rows.isEmpty else {
            message = list.emptyMessage
            return
        }
        library?.found = list
        prompt = nil
        overlay = .found(selection: 0, top: 0)
    }

    /// Shows a meeting read from the library at `place`, as a jump that back undoes (back from
    /// the first meeting opened returns to the meetings list, its place kept).
    mutating func openFromLibrary(_ versions: [OpenedVersion], place: LibraryPlace, elsewhere: [String: Int]) {
        guard !versions.isEmpty else { return }
        pushHistory()
        let shown = showReferences
        let documents = versions.map { Document(record: $0.record, path: $0.path) }
        load(documents[0])
        showReferences = shown
        parallel = documents.count > 1 ? ParallelState(versions: documents) : nil
        for version in versions { library?.elsewhere[version.path] = elsewhere }
        library?.listShown = false
        focus = .statement
        if let key = place.reference, let mentions = document.mentions[key], !mentions.isEmpty {
            // The mention of the reference at the place, else the nearest one after it in the
            // same statement, else its first in the meeting.
            let target = place.statement.flatMap { n in document.entries.firstIndex { $0.statementNumber == n } }
            let inEntry = mentions.filter { $0.entry == target }
            let chosen = inEntry.first { $0.paragraph == place.paragraph && $0.start <= place.offset && place.offset < max($0.end, $0.start + 1) }
                ?? inEntry.first { ($0.paragraph, $0.start) >= (place.paragraph, place.offset) }
                ?? inEntry.first ?? mentions[0]
            mention = chosen
            followed = key
            entry = chosen.entry
            speakerSelection = chosen.entry
            reveal(chosen)
            referenceSelection = followedRow(in: chosen.entry) ?? 0
        } else if let number = place.statement, let target = document.entries.firstIndex(where: { $0.statementNumber == number }) {
            entry = target
            speakerSelection = target
            let paragraphs = document.entries[target].paragraphs
            if paragraphs.indices.contains(place.paragraph) {
                let scalars = paragraphs[place.paragraph].scalarCount
                let start = min(max(0, place.offset), scalars)
                let position = TextPosition(entry: target, paragraph: place.paragraph, start: start, end: min(scalars, start + max(0, place.length)))
                if place.length > 0 {
                    mention = position
                    followed = place.reference
                }
                reveal(position)
            }
            referenceSelection = followedRow(in: target) ?? 0
        } else {
            // A meeting opened at its start opens on the first screen a record opens on.
            overview = initialOverview
            showInitialScreen()
        }
        message = "opened \(document.name)" + (documents.count > 1 ? " (\(documents.count) versions side by side)" : "")
    }
}
