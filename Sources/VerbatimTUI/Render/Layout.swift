/// Where everything goes on a screen of a given size: the title row, the status row, and the
/// panes (outer boxes, borders included). At 100 columns or more all three panes sit side by
/// side sharing their borders; below that the references float over the statement when shown;
/// below 50 columns only the statement pane is left.
public struct Layout: Equatable, Sendable {
    public var title: Rect?
    public var status: Rect?
    /// The band between title and status that the pane boxes fill.
    public var body: Rect
    public var speakers: Rect?
    public var statement: Rect?
    public var references: Rect?
    /// True when the references box floats over the statement pane instead of having its own column.
    public var referencesFloat: Bool
    /// The widest the statement's text is set (`AppState.measure`); `nil`: the pane's width.
    public var measure: Int?

    /// `zoomed`: the statement pane alone, the full width (the references still float over it
    /// when shown).
    /// `measure`: the widest the statement's text is set, centred in a wider pane.
    public init(size: Size, showReferences: Bool, zoomed: Bool = false, measure: Int? = nil) {
        self.measure = measure
        let w = max(0, size.width), h = max(0, size.height)
        title = h >= 2 && w > 0 ? Rect(x: 0, y: 0, width: w, height: 1) : nil
        status = h >= 1 && w > 0 ? Rect(x: 0, y: h - 1, width: w, height: 1) : nil
        body = h >= 3 ? Rect(x: 0, y: 1, width: w, height: h - 2) : Rect(x: 0, y: 0, width: 0, height: 0)
        speakers = nil
        statement = nil
        references = nil
        referencesFloat = false
        guard body.height > 0, w > 0 else { return }
        let y = body.y, height = body.height
        if zoomed {
            statement = Rect(x: 0, y: y, width: w, height: height)
            if showReferences {
                let rw = min(w, max(32, w * 45 / 100))
                references = Rect(x: w - rw, y: y, width: rw, height: height)
                referencesFloat = true
            }
        } else if w >= 100 {
            let sw = min(40, max(24, w * 22 / 100))
            let rw = min(42, max(26, w * 24 / 100))
            speakers = Rect(x: 0, y: y, width: sw + 2, height: height)
            references = Rect(x: w - rw - 2, y: y, width: rw + 2, height: height)
            statement = Rect(x: sw + 1, y: y, width: w - rw - 2 - sw, height: height)
        } else if w >= 50 {
            let sw = max(16, w * 28 / 100)
            speakers = Rect(x: 0, y: y, width: sw + 2, height: height)
            statement = Rect(x: sw + 1, y: y, width: w - sw - 1, height: height)
            if showReferences {
                let rw = min(w - 8, max(32, w * 45 / 100))
                references = Rect(x: w - rw, y: y, width: rw, height: height)
                referencesFloat = true
            }
        } else {
            statement = Rect(x: 0, y: y, width: w, height: height)
            if showReferences {
                references = Rect(x: 0, y: y, width: w, height: height)
                referencesFloat = true
            }
        }
    }

    /// The box of `pane`, when it is on screen.
    public func box(_ pane: PaneID) -> Rect? {
        switch pane {
        case .speakers: speakers
        case .statement: statement
        case .references: references
        case .meetings: nil
        }
    }

    /// The panes on screen, left to right.
    public var visiblePanes: [PaneID] {
        PaneID.allCases.filter { box($0) != nil }
    }

    /// The inside of a box: the box less its border.
    public static func inner(_ box: Rect) -> Rect {
        Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
    }

    /// The text column of the statement pane inside `inner`: one column of margin each side
    /// when there is room.
    public static func textArea(_ inner: Rect) -> Rect {
        inner.width >= 12 ? Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height) : inner
    }

    /// The text column of the statement pane inside `inner`, at most `measure` wide and then
    /// centred: lines of about 40 ideographs (80 columns) read more easily than lines across a
    /// wide terminal.
    public static func textArea(_ inner: Rect, measure: Int?) -> Rect {
        let area = textArea(inner)
        guard let measure, measure >= 20, area.width > measure else { return area }
        return Rect(x: area.x + (area.width - measure) / 2, y: area.y, width: measure, height: area.height)
    }

    /// The statement pane's text width and height (at least 1 × 0).
    public var statementText: (width: Int, height: Int) {
        guard let box = statement else { return (1, 0) }
        let area = Layout.textArea(Layout.inner(box), measure: measure)
        return (max(1, area.width), max(0, area.height))
    }
}
