import VerbatimKit

/// The title row: the record's symbol (or file name), the body, meeting number and date when
/// known, and the agenda title; the body and meeting number in the record's language.
struct TitleBar: Pane {
    var state: AppState
    var theme: Theme

    /// The title text.
    static func text(of record: Record, name: String) -> String {
        let meeting = record.meeting
        var parts: [String] = [name]
        var body: [String] = []
        // Without a cover page, a Security Council symbol (`S/PV.8160`, from the record or its
        // file name) still says which body met and the meeting's number.
        let roles = SpeakerListPane.roles(of: record)
        let fromSymbol = meeting.body == nil && meeting.meetingNumber == nil ? securityCouncilMeeting(name) : nil
        if let name = meeting.body ?? fromSymbol.map({ _ in roles.securityCouncil }) { body.append(name) }
        if let number = meeting.meetingNumber ?? fromSymbol { body.append(roles.meeting(number)) }
        if !body.isEmpty { parts.append(body.joined(separator: " ")) }
        if let date = meeting.date { parts.append(date) }
        let agenda = record.agenda.first?.title
            ?? record.procedural.first { $0.kind == .agendaItem }?.text
        if let agenda { parts.append(agenda) }
        return SpeakerListPane.oneLine(parts.joined(separator: " · "))
    }

    /// The meeting number in a Security Council record symbol such as `S/PV.8160` or
    /// `S/PV.8160 (Resumption 1)`; `nil` for any other name.
    static func securityCouncilMeeting(_ symbol: String) -> Int? {
        guard symbol.hasPrefix("S/PV.") else { return nil }
        let digits = symbol.dropFirst(5).prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(digits)
    }

    func render(into grid: inout Grid, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        grid.fill(area, style: theme.title)
        let text = OneLineDisplay.shown(Truncation.truncate(state.document.title, to: max(0, area.width - 1), displayWidth: state.displayWidth), state.bidi)
        grid.put(text, at: Point(x: area.x + (area.width > 1 ? 1 : 0), y: area.y), style: theme.title, limit: area.x + area.width)
    }
}
