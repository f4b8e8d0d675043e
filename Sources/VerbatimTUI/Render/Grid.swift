import VerbatimKit

/// A screen's worth of cells: what the renderer produces and the terminal layer draws.
public struct Grid: Equatable, Sendable {
    /// Width and height in cells.
    public let size: Size
    /// Row-major cells, `size.width * size.height` of them.
    public private(set) var cells: [Cell]
    /// The width table every `put` measures with unless told otherwise: the one the terminal
    /// draws with (ambiguous-width characters narrow or wide).
    public let displayWidth: DisplayWidth

    /// A grid of blank cells, measured with `displayWidth`.
    public init(size: Size, displayWidth: DisplayWidth = .standard) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.displayWidth = displayWidth
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Puts one grapheme cluster at `point` if it fits wholly before `limit` (an exclusive column,
    /// default the grid's right edge); returns the columns used (0 when it does not fit).
    /// A wide cluster marks the next cell as its continuation; a control is drawn as its
    /// visible stand-in. Writing over half of a wide character blanks the other half.
    /// Widths are the grid's own table's unless `displayWidth` is given.
    @discardableResult
    public mutating func put(
        _ character: Character, at point: Point, style: Style, limit: Int? = nil,
        displayWidth: DisplayWidth? = nil
    ) -> Int {
        let displayWidth = displayWidth ?? self.displayWidth
        let right = min(limit ?? size.width, size.width)
        guard point.y >= 0, point.y < size.height, point.x >= 0, point.x < right else { return 0 }
        // A cluster of one scalar (nearly every character of a record): its width and stand-in
        // come from the scalar, and the cell is built from the scalar's UTF-8.
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            DisplayWidth.standIn(for: scalar) == nil
        {
            let width = displayWidth.of(scalar)
            guard width > 0 else { return 0 }
            guard point.x + width <= right else { return 0 }
            clearOverlap(x: point.x, y: point.y, width: width)
            self[point.x, point.y] = Cell(scalar: scalar, style: style)
            if width == 2 {
                self[point.x + 1, point.y] = Cell(scalar: " ", style: style, isContinuation: true)
            }
            return width
        }
        if let standIn = displayWidth.standIn(for: character) {
            var used = 0
            for piece in standIn {
                let w = put(piece, at: Point(x: point.x + used, y: point.y), style: style, limit: right, displayWidth: displayWidth)
                if w == 0 { break }
                used += w
            }
            return used
        }
        let width = displayWidth.of(character)
        if width == 0 {
            return 0
        }
        if width > 2 {
            return putPieces(of: character, at: point, style: style, right: right, displayWidth: displayWidth)
        }
        guard point.x + width <= right else { return 0 }
        clearOverlap(x: point.x, y: point.y, width: width)
        self[point.x, point.y] = Cell(character: character, style: style)
        if width == 2 {
            self[point.x + 1, point.y] = Cell(character: " ", style: style, isContinuation: true)
        }
        return width
    }

    /// A cluster wider than two columns (a base followed by a spacing mark that is itself wide,
    /// such as U+FFFD U+302E): a cell holds at most two columns, and the terminal places each
    /// spacing scalar on its own, so the cluster is drawn as its pieces, each a scalar of some
    /// width with the zero-width scalars after it; all of them or none (the columns used).
    private mutating func putPieces(
        of character: Character, at point: Point, style: Style, right: Int, displayWidth: DisplayWidth
    ) -> Int {
        var pieces: [String] = []
        for scalar in character.unicodeScalars {
            if displayWidth.of(scalar) == 0, !pieces.isEmpty {
                pieces[pieces.count - 1].unicodeScalars.append(scalar)
            } else {
                pieces.append(String(scalar))
            }
        }
        let widths = pieces.map { displayWidth.of(Character($0)) }
        guard point.x + widths.reduce(0, +) <= right, widths.allSatisfy({ $0 <= 2 }) else { return 0 }
        var used = 0
        for (piece, width) in zip(pieces, widths) where width > 0 {
            used += put(Character(piece), at: Point(x: point.x + used, y: point.y), style: style, limit: right, displayWidth: displayWidth)
        }
        return used
    }

    /// `put` for a scalar that is a whole grapheme cluster on its own (see `LoneScalar`): the
    /// same cells and result as `put(Character(scalar), ...)`, without making a `Character`.
    @discardableResult
    mutating func put(scalar: Unicode.Scalar, at point: Point, style: Style, limit: Int, displayWidth: DisplayWidth? = nil) -> Int {
        let right = min(limit, size.width)
        guard DisplayWidth.standIn(for: scalar) == nil else {
            return put(Character(scalar), at: point, style: style, limit: limit, displayWidth: displayWidth)
        }
        guard point.y >= 0, point.y < size.height, point.x >= 0, point.x < right else { return 0 }
        let width = (displayWidth ?? self.displayWidth).of(scalar)
        guard width > 0, point.x + width <= right else { return 0 }
        clearOverlap(x: point.x, y: point.y, width: width)
        self[point.x, point.y] = Cell(scalar: scalar, style: style)
        if width == 2 {
            self[point.x + 1, point.y] = Cell(scalar: " ", style: style, isContinuation: true)
        }
        return width
    }

    /// Writes `text` from `point` on, clipped at `limit` (exclusive column); returns the columns used.
    /// A scalar that stands alone between its neighbours (`LoneScalar`) is drawn as the scalar
    /// it is, any other cluster as its `Character`: the same cells as drawing every `Character`,
    /// without making one per cell.
    @discardableResult
    public mutating func put<S: StringProtocol>(
        _ text: S, at point: Point, style: Style, limit: Int? = nil,
        displayWidth: DisplayWidth? = nil
    ) -> Int {
        let displayWidth = displayWidth ?? self.displayWidth
        var x = point.x
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        // `i` is always at the start of a grapheme cluster: the text's start, after a lone
        // scalar, or after a whole `Character`.
        while i != scalars.endIndex {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            if LoneScalar.standsAlone(scalar), next == scalars.endIndex || LoneScalar.standsAlone(scalars[next]) {
                let w = put(scalar: scalar, at: Point(x: x, y: point.y), style: style, limit: limit ?? size.width, displayWidth: displayWidth)
                if w == 0 && displayWidth.of(scalar) > 0 { break }
                x += w
                i = next
                continue
            }
            let character = text[i]
            let w = put(character, at: Point(x: x, y: point.y), style: style, limit: limit, displayWidth: displayWidth)
            if w == 0 && displayWidth.of(character) > 0 { break }
            x += w
            i = text.index(after: i)
        }
        return x - point.x
    }

    /// Fills a rectangle with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.x + rect.width), y1 = min(size.height, rect.y + rect.height)
        guard x0 < x1, y0 < y1 else { return }
        let cell = Cell(character: character, style: style)
        for y in y0..<y1 {
            clearOverlap(x: x0, y: y, width: x1 - x0)
            for x in x0..<x1 {
                self[x, y] = cell
            }
        }
    }

    /// Copies `row` into row `y` from column `x` on (cells past the right edge are dropped).
    /// The caller places whole drawing units: a row drawn on its own into a blank one-row grid.
    mutating func place(_ row: [Cell], x: Int, y: Int) {
        guard y >= 0, y < size.height, x >= 0, x < size.width else { return }
        let count = min(row.count, size.width - x)
        let base = y * size.width + x
        cells.withUnsafeMutableBufferPointer { cells in
            for i in 0..<count { cells[base + i] = row[i] }
        }
    }

    /// The grid as text, one string per row; continuation cells add nothing.
    public var lines: [String] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size.width * 3)
        return (0..<size.height).map { y in
            bytes.removeAll(keepingCapacity: true)
            for x in 0..<size.width where !self[x, y].isContinuation {
                self[x, y].appendUTF8(to: &bytes)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Before writing `width` cells at (x, y): blank the halves of wide characters that the
    /// write would leave behind on either edge.
    private mutating func clearOverlap(x: Int, y: Int, width: Int) {
        if self[x, y].isContinuation, x > 0 {
            self[x - 1, y] = Cell(blankIn: self[x - 1, y].style)
        }
        let after = x + width
        if after < size.width, self[after, y].isContinuation {
            self[after, y] = Cell(blankIn: self[after, y].style)
        }
    }
}
