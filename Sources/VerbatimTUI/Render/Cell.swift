/// One cell of the screen grid.
///
/// A wide character occupies its cell and the next; the next is a `continuation` cell that holds
/// no character of its own, so nothing can ever draw half of a wide character.
///
/// A cell is plain data (no references): its grapheme cluster is kept as UTF-8 inside the cell
/// (`InlineCluster`), so copying a grid, comparing two grids and freeing one touch no reference
/// counts and compare machine words.
public struct Cell: Equatable, Sendable {
    /// The cluster's UTF-8, held inline.
    private var glyph: InlineCluster
    /// How it is drawn.
    public var style: Style
    /// True for the second cell of a wide character.
    public var isContinuation: Bool

    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.glyph = InlineCluster(character)
        self.style = style
        self.isContinuation = isContinuation
    }

    /// The grapheme cluster drawn here (already a visible stand-in for controls); a space when
    /// empty; ignored for continuation cells. A cluster longer than `InlineCluster.capacity`
    /// UTF-8 bytes (only long emoji sequences) is kept shortened, see `InlineCluster`.
    public var character: Character {
        get { glyph.character }
        set { glyph = InlineCluster(newValue) }
    }

    /// An empty cell in the plain style.
    public static let blank = Cell()
}

/// A grapheme cluster stored as its UTF-8 bytes in 16 bytes: the length, then up to 15 bytes.
///
/// Nearly every cluster fits (a CJK character takes 3 bytes, a flag 8, a keycap 7). One that
/// does not — an emoji ZWJ sequence such as a family, a subdivision flag — is shortened to its
/// first scalar and the variation selectors and marks right after it, stopping at the first
/// zero-width joiner or tag character: the base emoji, which has the width the grid gave the
/// whole cluster, so the columns after it stay where they are.
struct InlineCluster: Equatable, Sendable {
    /// Most UTF-8 bytes held.
    static let capacity = 15

    /// Byte 0: the length; bytes 1...15: the UTF-8 (little-endian words, read through raw bytes).
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ character: Character) {
        let utf8 = character.utf8
        if utf8.count <= InlineCluster.capacity {
            store(utf8)
            return
        }
        var kept: [UInt8] = []
        for (i, scalar) in character.unicodeScalars.enumerated() {
            let v = scalar.value
            if i > 0 && (v == 0x200D || (0xE0000...0xE007F).contains(v)) { break }
            let bytes = Array(String(scalar).utf8)
            if kept.count + bytes.count > InlineCluster.capacity { break }
            kept += bytes
        }
        store(kept)
    }

    private mutating func store<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        var words = (UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &words) { raw in
            var i = 1
            for byte in bytes {
                raw[i] = byte
                i += 1
            }
            raw[0] = UInt8(i - 1)
        }
        low = words.0
        high = words.1
    }

    /// The cluster (a space for an empty one).
    var character: Character {
        let words = (low, high)
        let text = withUnsafeBytes(of: words) { raw -> String in
            let length = Int(raw[0])
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[1..<(1 + length)]), as: UTF8.self)
        }
        return text.first ?? " "
    }
}
