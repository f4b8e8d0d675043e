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
    /// Always zero: fills the cell to 24 bytes with no padding, so that two cells are equal
    /// exactly when their bytes are (the grid diff compares them as three words).
    private var spare: UInt32 = 0

    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.glyph = InlineCluster(character)
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A cell holding one scalar (which must be a whole grapheme cluster on its own): built
    /// from the scalar's UTF-8 without going through a `String`.
    init(scalar: Unicode.Scalar, style: Style, isContinuation: Bool = false) {
        self.glyph = InlineCluster(scalar: scalar)
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A space in `style`.
    init(blankIn style: Style) {
        self.glyph = InlineCluster.space
        self.style = style
        self.isContinuation = false
    }

    /// The grapheme cluster drawn here (already a visible stand-in for controls); a space when
    /// empty; ignored for continuation cells. A cluster longer than `InlineCluster.capacity`
    /// UTF-8 bytes (only long emoji sequences) is kept shortened, see `InlineCluster`.
    public var character: Character {
        get { glyph.character }
        set { glyph = InlineCluster(newValue) }
    }

    /// Appends the UTF-8 of `character` to `bytes`, without making a `Character`.
    func appendUTF8(to bytes: inout [UInt8]) {
        glyph.appendUTF8(to: &bytes)
    }

    /// An empty cell in the plain style.
    public static let blank = Cell()
}

extension Cell {
    /// True when the cells at `a` and `b` are equal, compared as the three words they are made of.
    @inline(__always)
    static func sameBits(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>) -> Bool {
        let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
        return x.load(as: UInt64.self) == y.load(as: UInt64.self)
            && x.load(fromByteOffset: 8, as: UInt64.self) == y.load(fromByteOffset: 8, as: UInt64.self)
            && x.load(fromByteOffset: 16, as: UInt64.self) == y.load(fromByteOffset: 16, as: UInt64.self)
    }
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

    /// Byte 0 (the lowest of `low`): the length; bytes 1...15: the UTF-8, in little-endian order
    /// across `low` then `high`.
    private var low: UInt64
    private var high: UInt64

    init(_ character: Character) {
        // The cluster's UTF-8 straight from the character: no `String` is made for the common case.
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0
        for byte in character.utf8 {
            guard count < InlineCluster.capacity else {
                self = InlineCluster(shortening: character)
                return
            }
            if count < 7 { low |= UInt64(byte) << (8 * (count + 1)) } else { high |= UInt64(byte) << (8 * (count - 7)) }
            count += 1
        }
        self.low = low | UInt64(count)
        self.high = high
    }

    /// A cluster of one scalar (at most 4 bytes: always fits).
    init(scalar: Unicode.Scalar) {
        let v = UInt64(scalar.value)
        let packed: UInt64
        switch v {
        case 0..<0x80:
            packed = 1 | v << 8
        case 0x80..<0x800:
            packed = 2 | (0xC0 | v >> 6) << 8 | (0x80 | v & 0x3F) << 16
        case 0x800..<0x10000:
            packed = 3 | (0xE0 | v >> 12) << 8 | (0x80 | v >> 6 & 0x3F) << 16 | (0x80 | v & 0x3F) << 24
        default:
            packed = 4 | (0xF0 | v >> 18) << 8 | (0x80 | v >> 12 & 0x3F) << 16 | (0x80 | v >> 6 & 0x3F) << 24
                | (0x80 | v & 0x3F) << 32
        }
        self.low = packed
        self.high = 0
    }

    /// A space.
    static let space = InlineCluster(scalar: " ")

    /// A cluster longer than `capacity`, shortened as described above.
    private init(shortening character: Character) {
        var kept: [UInt8] = []
        for (i, scalar) in character.unicodeScalars.enumerated() {
            let v = scalar.value
            if i > 0 && (v == 0x200D || (0xE0000...0xE007F).contains(v)) { break }
            let bytes = Array(String(scalar).utf8)
            if kept.count + bytes.count > InlineCluster.capacity { break }
            kept += bytes
        }
        (low, high) = kept.withUnsafeBufferPointer { InlineCluster.pack($0) } ?? (0, 0)
    }

    /// The two words holding `bytes`; `nil` when there are more than `capacity`.
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard bytes.count <= capacity else { return nil }
        var low = UInt64(bytes.count)
        var high: UInt64 = 0
        for i in 0..<bytes.count {
            let byte = UInt64(bytes[i])
            if i < 7 { low |= byte << (8 * (i + 1)) } else { high |= byte << (8 * (i - 7)) }
        }
        return (low, high)
    }

    /// Appends the cluster's UTF-8 to `bytes` (a space for an empty one): the bytes of
    /// `character`, since they are always one whole cluster's valid UTF-8.
    func appendUTF8(to bytes: inout [UInt8]) {
        let length = Int(low & 0xFF)
        guard length > 0 else {
            bytes.append(0x20)
            return
        }
        for i in 0..<length {
            let byte = i < 7 ? low >> (8 * (i + 1)) : high >> (8 * (i - 7))
            bytes.append(UInt8(truncatingIfNeeded: byte))
        }
    }

    /// The cluster (a space for an empty one).
    var character: Character {
        let words = (low.littleEndian, high.littleEndian)
        let text = withUnsafeBytes(of: words) { raw -> String in
            let length = Int(raw[0])
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[1..<(1 + length)]), as: UTF8.self)
        }
        return text.first ?? " "
    }
}
