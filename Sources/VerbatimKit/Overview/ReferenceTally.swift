/// How widely one reference was cited: in how many statements, and how often in all.
public struct ReferenceTally: Equatable, Sendable {
    /// The reference's id (`S/RES/1540 (2004)`, `NPT`).
    public var id: String
    /// How the reference is named (an instrument by the first name the record uses).
    public var name: String
    /// Its kind as the overview counts kinds.
    public var kind: CitedKind
    /// The 1-based indices of the statements citing it.
    public var statements: [Int]
    /// Every mention, agenda included.
    public var mentions: Int
}

/// The kinds of cited thing the overview totals: resolutions of the two bodies, meeting records
/// (`S/PV.…`, `A/…/PV.…`), other documents, and instruments.
public enum CitedKind: String, CaseIterable, Sendable {
    case scResolution = "SC resolutions"
    case gaResolution = "GA resolutions"
    case document = "documents"
    case record = "records"
    case instrument = "instruments"

    /// The kind of `reference`: a document whose symbol has a `PV.` part is a meeting record.
    public init(_ reference: Reference) {
        switch reference.kind {
        case .scResolution: self = .scResolution
        case .gaResolution: self = .gaResolution
        case .instrument: self = .instrument
        case .document:
            self = reference.id.split(separator: "/").contains { $0.hasPrefix("PV.") } ? .record : .document
        }
    }
}

/// One line of the per-kind totals: how many distinct references of a kind, mentioned how often.
public struct KindTotal: Equatable, Sendable {
    public var kind: CitedKind
    public var references: Int
    public var mentions: Int
}
