import ArgumentParser
import VerbatimKit

/// `verbatim dump FILE`: the whole model, as JSON (documented in docs/json.md) or as text.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the whole parsed record.")

    @OptionGroup var record: RecordOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let parsed = try record.load()
        Warnings.report(parsed.warnings)
        if output.effective == .json {
            try JSONOutput.printRecord(parsed)
        } else {
            print(DumpCommand.visible(DumpCommand.text(parsed)), terminator: "")
        }
        ProcessExit.success(keeping: parsed)
    }

    /// `text` with control characters from the file shown as stand-ins (`^[`), line breaks kept.
    /// The directional marks (ALM, LRM, RLM), zero-width in the text layer, are shown as U+FFFD
    /// like the other bidi controls, so that no bidi control reaches the terminal raw.
    static func visible(_ text: String) -> String {
        let measure = DisplayWidth.standard
        let marks: Set<UInt32> = [0x061C, 0x200E, 0x200F]
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                var shown = String.UnicodeScalarView()
                for scalar in measure.visible(line).unicodeScalars {
                    shown.append(marks.contains(scalar.value) ? "\u{FFFD}" : scalar)
                }
                return String(shown)
            }.joined(separator: "\n")
    }

    /// The record as readable text: meeting facts, then every block in reading order.
    static func text(_ record: Record) -> String {
        let m = record.meeting
        var out = ""
        out += "meeting: \(m.symbol ?? "unknown symbol")"
        if let number = m.meetingNumber { out += ", meeting \(number)" }
        if let date = m.date { out += ", \(date)" }
        out += ", \(m.status.rawValue)\n"
        for officer in m.presidents {
            out += "president: \(officer.name)\(officer.country.map { " (\($0))" } ?? "")\n"
        }
        if let opened = m.openedAt { out += "opened: \(opened)\n" }
        if let closed = m.closedAt { out += "closed: \(closed)\n" }
        for (k, item) in record.agenda.enumerated() { out += "agenda \(k + 1): \(item.title)\n" }
        out += "\n"
        for block in record.blocks {
            switch block {
            case .procedural(let k):
                let line = record.procedural[k]
                out += "[\(line.kind.rawValue), p. \(line.page)] \(line.text)\n\n"
            case .statement(let k):
                let s = record.statements[k]
                let pages = s.pages.first == s.pages.last ? "p. \(s.pages.first)" : "pp. \(s.pages.first)-\(s.pages.last)"
                out += "statement \(s.index)/\(record.statements.count): \(s.speaker.label) (\(s.speaker.language), \(pages))\n"
                var noteIndex = 0
                for (p, paragraph) in s.paragraphs.enumerated() {
                    while noteIndex < s.notes.count, s.notes[noteIndex].beforeParagraph <= p {
                        out += "  \(s.notes[noteIndex].text)\n"
                        noteIndex += 1
                    }
                    out += "  [p. \(paragraph.page), \(paragraph.language)] \(paragraph.text)\n"
                }
                while noteIndex < s.notes.count {
                    out += "  \(s.notes[noteIndex].text)\n"
                    noteIndex += 1
                }
                out += "\n"
            case .unattributed(let k):
                out += "[unattributed, p. \(record.unattributed[k].page)] \(record.unattributed[k].text)\n\n"
            }
        }
        if !record.references.isEmpty {
            out += "references:\n"
            for r in record.references {
                out += "  \(r.id) (\(r.kind.rawValue)): \(r.mentions) mention\(r.mentions == 1 ? "" : "s")\n"
            }
        }
        return out
    }
}
