import VerbatimKit

/// The overview's content laid out for a width: one row per screen line, each a run of styled
/// pieces, and the rows that lead somewhere (`Enter` on a speaker or a reference). Pure: built
/// from the meeting's figures, a width and a display-width table.
struct OverviewLines {
    /// How a piece of a row is drawn.
    enum Tone: Equatable {
        case heading, label, text, country, figure, bar, mark, dim
    }

    /// A piece of a row.
    struct Span: Equatable {
        var text: String
        var tone: Tone
    }

    /// Where `Enter` on a row goes.
    enum Target: Equatable {
        /// The speaker row `Int` of `MeetingSummary.speakers`: their first statement.
        case speaker(Int)
        /// The reference with this id: its first mention.
        case reference(String)
    }

    /// One screen line.
    struct Row: Equatable {
        var spans: [Span]
        /// Where the row leads, as built in one column (merged rows keep theirs in `selectables`).
        var target: Target?
    }

    /// A part of a row that leads somewhere: its row, its columns within the row, its target.
    struct Selectable: Equatable {
        var row: Int
        var start: Int
        var width: Int
        var target: Target
    }

    /// The most-cited references listed (and the matrix's columns at most).
    static let referenceLimit = 12
    /// From this width on, the speakers and the references stand side by side.
    static let twoColumnWidth = 110
    /// The blank columns between the two.
    static let gutter = 3

    let rows: [Row]
    /// The parts that lead somewhere, in the order the keys go through them: down the first
    /// column, then down the second.
    let selectables: [Selectable]

    /// The row of each selectable, in order.
    var targetRows: [Int] { selectables.map(\.row) }

    init(summary: MeetingSummary, record: Record, name: String, width: Int, displayWidth: DisplayWidth, ascii: Bool) {
        let width = max(1, width)
        guard width >= OverviewLines.twoColumnWidth else {
            var builder = Builder(width: width, displayWidth: displayWidth, ascii: ascii)
            builder.meeting(summary: summary, record: record, name: name)
            builder.speakers(summary: summary)
            builder.references(summary: summary)
            builder.matrix(summary: summary)
            rows = builder.rows
            selectables = builder.rows.indices.compactMap { i in
                builder.rows[i].target.map { Selectable(row: i, start: 0, width: width, target: $0) }
            }
            return
        }
        // Wide: the meeting and its speakers on the left, what was cited and by whom on the right.
        let leftWidth = (width - OverviewLines.gutter) / 2
        let rightStart = leftWidth + OverviewLines.gutter
        var left = Builder(width: leftWidth, displayWidth: displayWidth, ascii: ascii)
        left.meeting(summary: summary, record: record, name: name)
        left.speakers(summary: summary)
        var right = Builder(width: width - rightStart, displayWidth: displayWidth, ascii: ascii)
        right.references(summary: summary, leadingBlank: false)
        right.matrix(summary: summary)
        var rows: [Row] = []
        for i in 0..<max(left.rows.count, right.rows.count) {
            var spans = i < left.rows.count ? left.rows[i].spans : []
            let used = displayWidth.of(spans.map(\.text).joined())
            if i < right.rows.count, !right.rows[i].spans.isEmpty {
                spans.append(Span(text: String(repeating: " ", count: max(0, rightStart - used)), tone: .text))
                spans += right.rows[i].spans
            }
            rows.append(Row(spans: spans, target: nil))
        }
        self.rows = rows
        selectables = left.rows.indices.compactMap { i in
            left.rows[i].target.map { Selectable(row: i, start: 0, width: leftWidth, target: $0) }
        } + right.rows.indices.compactMap { i in
            right.rows[i].target.map { Selectable(row: i, start: rightStart, width: width - rightStart, target: $0) }
        }
    }

    /// The text of every row (for tests and plain output).
    var texts: [String] {
        rows.map { $0.spans.map(\.text).joined() }
    }

    /// Builds the rows section by section.
    struct Builder {
        let width: Int
        let displayWidth: DisplayWidth
        let ascii: Bool
        var rows: [Row] = []
        /// The column where values start after a label (`Time`, `Presiding`).
        let labelWidth = 11

        init(width: Int, displayWidth: DisplayWidth, ascii: Bool) {
            self.width = width
            self.displayWidth = displayWidth
            self.ascii = ascii
        }

        func columns(_ text: String) -> Int { displayWidth.of(text) }

        /// `text` cut or padded to exactly `width` columns.
        func fit(_ text: String, _ width: Int) -> String {
            Truncation.truncate(text, to: max(0, width), pad: true, displayWidth: displayWidth)
        }

        /// `text` right-aligned in `width` columns.
        func right(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - columns(text))) + text
        }

        /// Adds a row, cut to the width (the piece that crosses the edge ends in `…`).
        mutating func add(_ spans: [Span], target: Target? = nil) {
            var kept: [Span] = []
            var used = 0
            for span in spans {
                let w = columns(span.text)
                if used + w <= width {
                    kept.append(span)
                    used += w
                    continue
                }
                let cut = Truncation.truncate(span.text, to: width - used, displayWidth: displayWidth)
                if !cut.isEmpty { kept.append(Span(text: cut, tone: span.tone)) }
                break
            }
            rows.append(Row(spans: kept, target: target))
        }

        mutating func blank() { add([]) }

        /// A label in its column, then `value` wrapped under it.
        mutating func labelled(_ label: String, _ value: String, tone: Tone = .text) {
            let room = max(1, width - labelWidth)
            let lines = LineWrapper(displayWidth: displayWidth).wrap(value, width: room)
            for (i, line) in lines.enumerated() {
                add([Span(text: fit(i == 0 ? label : "", labelWidth), tone: .label), Span(text: String(line.text), tone: tone)])
            }
        }

        mutating func meeting(summary: MeetingSummary, record: Record, name: String) {
            let meeting = record.meeting
            let roles = RoleNames(language: meeting.language)
            var title = [Span(text: name, tone: .heading)]
            if let part = meeting.part { title.append(Span(text: " (resumption \(part))", tone: .heading)) }
            let body = meeting.body ?? meeting.symbol.flatMap(roles.body(ofRecordSymbol:)) ?? roles.body(ofRecordSymbol: name)
            let number = meeting.meetingNumber ?? Builder.meetingNumber(inSymbol: meeting.symbol ?? name)
            for fact in [body, number.map(roles.meeting)].compactMap({ $0 }) {
                title.append(Span(text: " · ", tone: .dim))
                title.append(Span(text: fact, tone: .text))
            }
            add(title)

            var day: [String] = []
            if let iso = meeting.isoDate {
                day.append(iso + (summary.weekday.map { " " + MeetingSummary.weekdayName($0) } ?? ""))
            } else if let written = meeting.date {
                day.append(written)
            }
            if meeting.status != .unknown { day.append(meeting.status.rawValue) }
            if !day.isEmpty { labelled("Date", day.joined(separator: " · ")) }

            let times = summary.times
            switch (times.opened, times.closed) {
            case let (opened?, closed?):
                var text = "\(opened)–\(closed)"
                if let sitting = times.sitting {
                    text += " · " + ClockTime.duration(sitting)
                    if times.suspended > 0 { text += " sitting (\(ClockTime.duration(times.suspended)) suspended)" }
                    if !times.suspensionsComplete { text += ", a suspension without its end" }
                }
                labelled("Time", text, tone: .figure)
            case let (opened?, nil): labelled("Time", "opened \(opened), closing time not stated", tone: .figure)
            case let (nil, closed?): labelled("Time", "closed \(closed), opening time not stated", tone: .figure)
            case (nil, nil): labelled("Time", "not stated", tone: .dim)
            }
            for suspension in times.suspensions {
                let from = suspension.from.map(\.description) ?? "?"
                let to = suspension.to.map(\.description) ?? "?"
                labelled("", "suspended \(from)–\(to)", tone: .dim)
            }
            for (i, officer) in Builder.presiding(record).enumerated() {
                labelled(i == 0 ? "Presiding" : "", officer)
            }
            if !meeting.members.isEmpty {
                labelled("Members", "\(meeting.members.count): " + meeting.members.map(\.country).joined(separator: ", "))
            }
            for (i, item) in record.agenda.enumerated() {
                labelled(i == 0 ? "Agenda" : "", item.title)
                let cited = item.references.compactMap(\.id).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                if !cited.isEmpty { labelled("", "cites " + cited.joined(separator: ", "), tone: .country) }
            }
        }

        /// The presiding officers as the cover names them; without a cover, the persons the
        /// president's labels name, in order, each once.
        static func presiding(_ record: Record) -> [String] {
            let named = { (name: String, country: String?) in name + (country.map { " (\($0))" } ?? "") }
            if !record.meeting.presidents.isEmpty { return record.meeting.presidents.map { named($0.name, $0.country) } }
            let roles = RoleNames(language: record.meeting.language)
            var persons: [String] = []
            for statement in record.statements where statement.speaker.role == .president {
                guard let name = statement.speaker.name else { continue }
                let person = named(roles.person(name: name, title: statement.speaker.title), statement.speaker.country)
                if !persons.contains(person) { persons.append(person) }
            }
            return persons
        }

        /// The number of a meeting record's symbol (`S/PV.8160` → 8160), for a record whose
        /// cover does not state it.
        static func meetingNumber(inSymbol symbol: String) -> Int? {
            guard let part = symbol.split(separator: "/").last(where: { $0.hasPrefix("PV.") }) else { return nil }
            return Int(part.dropFirst(3).prefix { $0.isNumber })
        }

        /// The width of the speakers' name column, shared by the matrix.
        func nameWidth(_ summary: MeetingSummary) -> Int {
            let widest = summary.speakers.map { columns(Builder.speakerName($0)) }.max() ?? 0
            return min(widest, max(10, width * 2 / 5))
        }

        static func speakerName(_ speaker: SpeakerShare) -> String {
            speaker.name + (speaker.country.map { " (\($0))" } ?? "")
        }

        mutating func speakers(summary: MeetingSummary) {
            blank()
            // The counts that fit, the characters first to go.
            let counts = " · \(summary.speakers.count) speakers, \(summary.statementCount) statements"
            let full = counts + ", \(summary.totalCharacters) characters"
            add([Span(text: "Who spoke", tone: .heading), Span(text: columns("Who spoke" + full) <= width ? full : counts, tone: .dim)])
            guard !summary.speakers.isEmpty else {
                add([Span(text: "no statements", tone: .dim)])
                return
            }
            let countWidth = max(2, String(summary.speakers.map(\.statements.count).max() ?? 0).count)
            let languageWidth = summary.speakers.map { columns($0.languages.joined(separator: ",")) }.max() ?? 2
            let tail = 1 + 4 + 1 + countWidth + 1 + languageWidth
            var nameWidth = nameWidth(summary)
            var barWidth = width - nameWidth - 1 - tail
            if barWidth < 6 {
                nameWidth = max(4, nameWidth - (6 - barWidth))
                barWidth = max(1, width - nameWidth - 1 - tail)
            }
            let widest = summary.speakers.map(\.share).max() ?? 1
            add([Span(text: fit("", nameWidth + 1), tone: .dim), Span(text: fit("share", barWidth), tone: .dim),
                 Span(text: right("%", 5) + right("st", countWidth + 1) + " lang", tone: .dim)])
            for (i, speaker) in summary.speakers.enumerated() {
                // Bars are scaled to the largest share, so that small differences stay visible.
                let fraction = widest > 0 ? speaker.share / widest : 0
                add([
                    Span(text: fit(Builder.speakerName(speaker), nameWidth) + " ", tone: speaker.role == .president ? .heading : .text),
                    Span(text: BarGlyphs.bar(fraction, width: barWidth, displayWidth: displayWidth, ascii: ascii), tone: .bar),
                    Span(text: right("\(speaker.percent)%", 5) + right("\(speaker.statements.count)", countWidth + 1), tone: .figure),
                    Span(text: " " + speaker.languages.joined(separator: ","), tone: .dim),
                ], target: .speaker(i))
            }
        }

        mutating func references(summary: MeetingSummary, leadingBlank: Bool = true) {
            if leadingBlank { blank() }
            let total = summary.statementCount
            add([Span(text: "What was cited", tone: .heading), Span(text: " · statements citing it, of \(total)", tone: .dim)])
            let shown = summary.references.prefix(OverviewLines.referenceLimit)
            if shown.isEmpty { add([Span(text: "no references in the statements", tone: .dim)]) }
            let numberWidth = String(shown.count).count
            let figureWidth = String(total).count * 2 + 2
            let nameWidth = min(shown.map { columns($0.name) }.max() ?? 0, max(12, width * 2 / 5))
            let barWidth = max(1, width - numberWidth - 1 - nameWidth - 1 - figureWidth)
            for (i, reference) in shown.enumerated() {
                let fraction = total > 0 ? Double(reference.statements.count) / Double(total) : 0
                add([
                    Span(text: right("\(i + 1)", numberWidth) + " ", tone: .dim),
                    Span(text: fit(reference.name, nameWidth) + " ", tone: .country),
                    Span(text: BarGlyphs.bar(fraction, width: barWidth, displayWidth: displayWidth, ascii: ascii), tone: .bar),
                    Span(text: right("\(reference.statements.count)/\(total)", figureWidth), tone: .figure),
                ], target: .reference(reference.id))
            }
            let kindWidth = CitedKind.allCases.map { columns($0.rawValue) }.max() ?? 0
            for line in summary.kindTotals {
                add([Span(text: fit(line.kind.rawValue, kindWidth + 1), tone: .label),
                     Span(text: right("\(line.references)", 4), tone: .figure),
                     Span(text: " cited, \(line.mentions) mentions", tone: .dim)])
            }
        }

        mutating func matrix(summary: MeetingSummary) {
            let references = Array(summary.references.prefix(OverviewLines.referenceLimit))
            guard !references.isEmpty, !summary.speakers.isEmpty else { return }
            let mark = ascii ? "x" : "●", none = ascii ? "." : "·"
            let cell = max(columns(mark), columns(none), String(references.count).count) + 1
            // The columns come first: names give way to them down to eight columns.
            let nameWidth = min(nameWidth(summary), max(min(8, width - cell), width - 1 - cell * references.count), max(4, width - cell))
            let fitting = max(1, min(references.count, (width - nameWidth - 1) / cell))
            blank()
            add([Span(text: "Who cited what", tone: .heading),
                 Span(text: " · the references numbered above" + (fitting < references.count ? ", 1–\(fitting)" : ""), tone: .dim)])
            var header = fit("", nameWidth + 1)
            for column in 0..<fitting { header += right("\(column + 1)", cell) }
            add([Span(text: header, tone: .dim)])
            for (row, speaker) in summary.speakers.enumerated() {
                var spans = [Span(text: fit(Builder.speakerName(speaker), nameWidth) + " ", tone: .text)]
                for column in 0..<fitting {
                    let cites = summary.cites(speaker: row, reference: column)
                    spans.append(Span(text: right(cites ? mark : none, cell), tone: cites ? .mark : .dim))
                }
                add(spans, target: .speaker(row))
            }
        }
    }
}
