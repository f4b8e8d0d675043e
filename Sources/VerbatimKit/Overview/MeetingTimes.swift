/// When a meeting sat: its opening and closing times and the suspensions between, read from
/// the procedural lines (`上午10时20分开会。`, `The meeting rose at 5.20 p.m.`), else from the
/// meeting's `openedAt` / `closedAt`.
public struct MeetingTimes: Equatable, Sendable {
    /// A break in the meeting: when it was suspended and, when the record says, resumed.
    public struct Suspension: Equatable, Sendable {
        public var from: ClockTime?
        public var to: ClockTime?
    }

    public var opened: ClockTime?
    public var closed: ClockTime?
    /// The suspensions, in order.
    public var suspensions: [Suspension]

    public init(opened: ClockTime?, closed: ClockTime?, suspensions: [Suspension] = []) {
        self.opened = opened
        self.closed = closed
        self.suspensions = suspensions
    }

    /// The times of `record`. A suspension line gives the time suspended (and, when it says so,
    /// resumed); a resumption line completes the suspension before it. The first opening and the
    /// last closing count (a file may hold several meetings' lines).
    public init(record: Record) {
        let language = record.meeting.language
        var opened: ClockTime?
        var closed: ClockTime?
        var suspensions: [Suspension] = []
        for line in record.procedural {
            let times = { ClockTimeReader.times(in: line.text, language: language) }
            switch line.kind {
            case .opening where opened == nil:
                opened = times().first
            case .closing:
                closed = times().last ?? closed
            case .suspension:
                let read = times()
                suspensions.append(Suspension(from: read.first, to: read.count > 1 ? read[1] : nil))
            case .resumption:
                let resumed = times().first
                if let last = suspensions.indices.last, suspensions[last].to == nil {
                    suspensions[last].to = resumed
                } else {
                    suspensions.append(Suspension(from: nil, to: resumed))
                }
            default:
                break
            }
        }
        if opened == nil, let written = record.meeting.openedAt {
            opened = ClockTimeReader.times(in: written, language: language).first
        }
        if closed == nil, let written = record.meeting.closedAt {
            closed = ClockTimeReader.times(in: written, language: language).last
        }
        self.init(opened: opened, closed: closed, suspensions: suspensions)
    }

    /// Minutes from opening to closing (across midnight when closing is earlier in the day).
    public var elapsed: Int? {
        guard let opened, let closed else { return nil }
        return opened.minutes(until: closed)
    }

    /// Minutes of the suspensions whose both ends are known.
    public var suspended: Int {
        suspensions.reduce(0) { sum, s in
            guard let from = s.from, let to = s.to else { return sum }
            return sum + from.minutes(until: to)
        }
    }

    /// True when every suspension has both ends, so that `sitting` is exact.
    public var suspensionsComplete: Bool {
        suspensions.allSatisfy { $0.from != nil && $0.to != nil }
    }

    /// Minutes the meeting sat: opening to closing less the suspensions; `nil` when the opening
    /// or closing time is unknown or the suspensions take longer than the whole.
    public var sitting: Int? {
        guard let elapsed, suspended <= elapsed else { return nil }
        return elapsed - suspended
    }
}
