import ArgumentParser
import VerbatimLibrary

/// `verbatim cites DIR ID`: the meetings of a library that cite a reference, in date order.
struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "List the meetings of a library that cite a reference.")

    @OptionGroup var library: LibraryOptions

    @Argument(help: "A reference id as `refs` prints it, e.g. 'S/RES/1540 (2004)'.")
    var id: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let (library, _) = try library.open()
        let meetings = library.citing(id)
        if output.effective == .json {
            try JSONOutput.print(meetings.map(CitingResult.init))
            return
        }
        var table = TextTable(header: ["date", "symbol", "mentions", "statements"])
        table.rightAligned = [2]
        table.maximumWidth = 60
        for citing in meetings {
            table.rows.append([
                citing.meeting.isoDate ?? "—", citing.meeting.symbol ?? citing.path, String(citing.mentions),
                RefsCommand.compact(citing.statements, limit: table.maximumWidth),
            ])
        }
        print(table.render(), terminator: "")
    }
}

/// One citing meeting as `cites --json` prints it.
struct CitingResult: Encodable {
    var citing: CitingMeeting

    private enum CodingKeys: String, CodingKey { case symbol, isoDate, path, statements, mentions }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(citing.meeting.symbol, forKey: .symbol)
        try container.encode(citing.meeting.isoDate, forKey: .isoDate)
        try container.encode(citing.path, forKey: .path)
        try container.encode(citing.statements, forKey: .statements)
        try container.encode(citing.mentions, forKey: .mentions)
    }
}
