/// The figures of a meeting at a glance, computed once from its record: when it sat, who spoke
/// and how much, what was cited and by whom. Pure: the overview screen draws from it.
public struct MeetingSummary: Equatable, Sendable {
    /// Opening, closing and suspensions.
    public var times: MeetingTimes
    /// The day of the week of the meeting's ISO date: 1 Monday … 7 Sunday; `nil` without a date.
    public var weekday: Int?
    /// The number of statements.
    public var statementCount: Int
    /// Characters (Unicode scalars) of every statement together.
    public var totalCharacters: Int
    /// One row per speaker, in order of first statement.
    public var speakers: [SpeakerShare]
    /// The references cited in statements, most widely cited first (then most mentioned, then
    /// first cited).
    public var references: [ReferenceTally]
    /// Per kind, the references of that kind and their mentions, in `CitedKind` order.
    public var kindTotals: [KindTotal]

    public init(record: Record) {
        times = MeetingTimes(record: record)
        weekday = record.meeting.isoDate.flatMap(MeetingSummary.weekday(isoDate:))
        statementCount = record.statements.count
        let roles = RoleNames(language: record.meeting.language)

        var speakers: [SpeakerShare] = []
        var rowOfKey: [String: Int] = [:]
        for statement in record.statements {
            let speaker = statement.speaker
            // Unicode scalars: a tenth of the cost of grapheme clusters on a long record, and the
            // same count for the ideographs and letters that make up the text.
            let characters = statement.paragraphs.reduce(0) { $0 + $1.scalarCount }
            let key: String
            let name: String
            var country = speaker.country
            switch speaker.role {
            case .president:
                key = "president"
                name = roles.president
                country = record.meeting.presidents.first?.country ?? speaker.country
            default:
                let person = speaker.name.map { roles.person(name: $0, title: speaker.title) }
                    ?? (speaker.role == .secretaryGeneral ? roles.secretaryGeneral : speaker.label)
                key = person + "\u{1}" + (speaker.countryCode ?? speaker.country ?? "")
                name = person
            }
            if let row = rowOfKey[key] {
                speakers[row].statements.append(statement.index)
                speakers[row].characters += characters
                if !speakers[row].languages.contains(speaker.language) { speakers[row].languages.append(speaker.language) }
                if speakers[row].country == nil { speakers[row].country = country }
            } else {
                rowOfKey[key] = speakers.count
                speakers.append(SpeakerShare(
                    key: key, name: name, country: country, role: speaker.role, statements: [statement.index],
                    characters: characters, languages: [speaker.language], share: 0, percent: 0))
            }
        }
        let total = speakers.reduce(0) { $0 + $1.characters }
        totalCharacters = total
        let percents = MeetingSummary.percentages(speakers.map(\.characters))
        for i in speakers.indices {
            speakers[i].share = total == 0 ? 0 : Double(speakers[i].characters) / Double(total)
            speakers[i].percent = percents[i]
        }
        self.speakers = speakers

        let cited = record.references.enumerated().filter { !$0.element.statements.isEmpty }
        references = cited.sorted { a, b in
            if a.element.statements.count != b.element.statements.count { return a.element.statements.count > b.element.statements.count }
            if a.element.mentions != b.element.mentions { return a.element.mentions > b.element.mentions }
            return a.offset < b.offset
        }.map { _, reference in
            // An instrument by the first name the record cites it by, in 《…》 when written in ideographs.
            var name = reference.id
            if reference.kind == .instrument, let first = reference.names.first {
                name = first.unicodeScalars.first?.properties.isIdeographic == true ? "《\(first)》" : first
            }
            return ReferenceTally(
                id: reference.id, name: name, kind: CitedKind(reference), statements: reference.statements, mentions: reference.mentions)
        }
        kindTotals = CitedKind.allCases.map { kind in
            let ofKind = record.references.filter { CitedKind($0) == kind }
            return KindTotal(kind: kind, references: ofKind.count, mentions: ofKind.reduce(0) { $0 + $1.mentions })
        }
    }

    /// Whether speaker row `speaker` cited reference `reference` (indices into `speakers` and
    /// `references`) in any of their statements.
    public func cites(speaker: Int, reference: Int) -> Bool {
        guard speakers.indices.contains(speaker), references.indices.contains(reference) else { return false }
        let citing = references[reference].statements
        return speakers[speaker].statements.contains { index in MeetingSummary.sortedContains(citing, index) }
    }

    /// Whole percentages of `values` that add up to exactly 100 (all zero when the values are):
    /// each rounded down, then the largest remainders rounded up.
    public static func percentages(_ values: [Int]) -> [Int] {
        let total = values.reduce(0, +)
        guard total > 0 else { return values.map { _ in 0 } }
        var result = values.map { $0 * 100 / total }
        let remainders = values.enumerated().map { (index: $0.offset, rest: $0.element * 100 % total) }
        let missing = 100 - result.reduce(0, +)
        for item in remainders.sorted(by: { $0.rest != $1.rest ? $0.rest > $1.rest : $0.index < $1.index }).prefix(missing) {
            result[item.index] += 1
        }
        return result
    }

    /// The ISO weekday (1 Monday … 7 Sunday) of a `YYYY-MM-DD` date in the Gregorian calendar.
    public static func weekday(isoDate: String) -> Int? {
        let parts = isoDate.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        // Days since 1970-01-01 (a Thursday), by the civil-from-days inverse.
        var y = parts[0]
        let m = parts[1], d = parts[2]
        if m <= 2 { y -= 1 }
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        let fromThursday = ((days % 7) + 7) % 7
        return (fromThursday + 3) % 7 + 1
    }

    /// The English name of ISO weekday `day`.
    public static func weekdayName(_ day: Int) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][(day - 1 + 7) % 7]
    }

    private static func sortedContains(_ list: [Int], _ value: Int) -> Bool {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] == value
    }
}
