import ArgumentParser
import VerbatimKit

/// `verbatim speakers FILE`: one row per statement.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the statements: speaker, country, language, paragraphs, characters.")

    @OptionGroup var record: RecordOptions
    @OptionGroup var output: FormatOptions

    /// One row of the JSON output.
    struct Row: Encodable {
        var index: Int
        var speaker: Speaker
        var country: String?
        var language: String
        var paragraphs: Int
        var characters: Int
        var pages: LineSpan

        private enum CodingKeys: String, CodingKey { case index, speaker, country, language, paragraphs, characters, pages }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(country, forKey: .country)
            try container.encode(language, forKey: .language)
            try container.encode(paragraphs, forKey: .paragraphs)
            try container.encode(characters, forKey: .characters)
            try container.encode(pages, forKey: .pages)
        }
    }

    func run() throws {
        let parsed = try record.load()
        Warnings.report(parsed.warnings)
        let rows = parsed.statements.map {
            Row(index: $0.index, speaker: $0.speaker, country: $0.speaker.country, language: $0.speaker.language,
                paragraphs: $0.paragraphs.count, characters: $0.characterCount, pages: $0.pages)
        }
        if output.effective == .json {
            try JSONOutput.print(rows)
            return
        }
        let roles = (LanguageProfile.named(parsed.meeting.language) ?? .english).roles
        var table = TextTable(header: ["#", "speaker", "country", "language", "paragraphs", "characters"])
        table.rightAligned = [0, 4, 5]
        for row in rows {
            var country = row.country ?? "—"
            if row.speaker.countryInferred { country += "*" }
            table.rows.append([
                String(row.index), SpeakersCommand.displayName(row.speaker, roles: roles), country, row.language,
                String(row.paragraphs), String(row.characters),
            ])
        }
        print(table.render(), terminator: "")
        if rows.contains(where: { $0.speaker.countryInferred }) {
            print("* country taken from the president's invitation")
        }
    }

    /// `杜达总统`, `Mr. Nebenzia`, `主席`, `President`: the name with its title in the order of
    /// the record's language, or the role as that language names it.
    static func displayName(_ speaker: Speaker, roles: RoleNames) -> String {
        if let name = speaker.name, !name.isEmpty { return roles.person(name: name, title: speaker.title) }
        if let title = speaker.title, !title.isEmpty { return title }
        switch speaker.role {
        case .president: return roles.president
        case .secretaryGeneral: return roles.secretaryGeneral
        case .speaker: return speaker.label
        }
    }
}
