import ArgumentParser
import VerbatimKit

extension ReferenceKind: ExpressibleByArgument {}

/// `verbatim refs FILE`: one row per cited thing.
struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "List the resolutions, documents and instruments the record cites.")

    @OptionGroup var record: RecordOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "Only this kind: sc-resolution, ga-resolution, document or instrument.")
    var kind: ReferenceKind?

    func run() throws {
        let parsed = try record.load()
        Warnings.report(parsed.warnings)
        // Filtered only when asked: a filter copies every reference (its id, link and list).
        let references = kind.map { kind in parsed.references.filter { $0.kind == kind } } ?? parsed.references
        if output.effective == .json {
            try JSONOutput.print(references)
            ProcessExit.success(keeping: parsed)
        }
        var table = TextTable(header: ["id", "kind", "mentions", "statements"])
        table.rightAligned = [2]
        table.maximumWidth = 60
        table.rows.reserveCapacity(references.count)
        // Read in place: a reference taken out of the array is a copy of its strings and list.
        references.withUnsafeBufferPointer { references in
            for k in references.indices {
                table.rows.append([
                    references[k].id, references[k].kind.rawValue, String(references[k].mentions),
                    RefsCommand.compact(references[k].statements, limit: table.maximumWidth),
                ])
            }
        }
        print(table.render(), terminator: "")
        ProcessExit.success(keeping: parsed)
    }

    /// `1, 3-5, 9`: ascending indices with runs shortened; `—` when none. The text stops once
    /// it is longer than `limit` characters: a table column `limit` wide cuts it there, so the
    /// rest (thousands of statements in a long file) is never written.
    static func compact(_ indices: [Int], limit: Int = .max) -> String {
        guard !indices.isEmpty else { return "—" }
        var text = ""
        var k = 0
        while k < indices.count, text.utf8.count <= limit {
            var j = k
            while j + 1 < indices.count, indices[j + 1] == indices[j] + 1 { j += 1 }
            if k > 0 { text += ", " }
            text += j > k + 1 ? "\(indices[k])-\(indices[j])" : j == k + 1 ? "\(indices[k]), \(indices[j])" : "\(indices[k])"
            k = j + 1
        }
        return text
    }
}
