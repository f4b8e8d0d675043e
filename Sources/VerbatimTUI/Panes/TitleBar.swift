import VerbatimKit

/// The title row: the record's symbol (or file name), the body, meeting number and date when
/// known, and the agenda title.
struct TitleBar: Pane {
    var state: AppState
    var theme: Theme

    /// The title text.
    static func text(of record: Record, name: String) -> String {
        let meeting = record.meeting
        var parts: [String] = [name]
        var body: [String] = []
        if let name = meeting.body { body.append(name) }
        if let number = meeting.meetingNumber { body.append("第\(number)次会议") }
        if !body.isEmpty { parts.append(body.joined(separator: " ")) }
        if let date = meeting.date { parts.append(date) }
        let agenda = record.agenda.first?.title
            ?? record.procedural.first { $0.kind == .agendaItem }?.text
        if let agenda { parts.append(agenda) }
        return SpeakerListPane.oneLine(parts.joined(separator: " · "))
    }

    func render(into grid: inout Grid, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        grid.fill(area, style: theme.title)
        let text = Truncation.truncate(state.document.title, to: max(0, area.width - 1))
        grid.put(text, at: Point(x: area.x + (area.width > 1 ? 1 : 0), y: area.y), style: theme.title, limit: area.x + area.width)
    }
}
