/// One non-blank line of the input, located by byte offsets into the UTF-8 text.
///
/// 16 bytes a line (the table is a third of the size of the input on typical records):
/// offsets are 32-bit (the loader refuses files over 2 GiB), the width is 16-bit, the two flags
/// share a byte, and the page is kept apart, as where each page starts (`LinePages`). Leading whitespace (the page-break space, an ideographic-space indent) and trailing
/// whitespace are outside `start..<end`.
struct SourceLine: Equatable {
    /// First content byte.
    var start: UInt32
    /// End of the content (exclusive).
    var end: UInt32
    /// 1-based line number in the file.
    var number: UInt32
    /// Width of the content as typeset (CJK and ambiguous-width characters count 2), at most
    /// 65,535: widths are only compared with the full line width (at most 511 columns), which
    /// a wider line exceeds either way.
    var width: UInt16
    /// Width of the ideographic-space indent removed from the start (0 when none).
    var indent: UInt8
    private var flags: UInt8

    init(start: UInt32, end: UInt32, number: UInt32, width: Int, indent: UInt8, hasSpace: Bool, mayCite: Bool) {
        self.start = start
        self.end = end
        self.number = number
        self.width = UInt16(clamping: width)
        self.indent = indent
        flags = (hasSpace ? Self.spaceFlag : 0) | (mayCite ? Self.citeFlag : 0)
    }

    private static let spaceFlag: UInt8 = 1
    private static let citeFlag: UInt8 = 2

    /// True when the content holds a space, a tab or an ideographic space (joining must look
    /// at each byte; otherwise the line is copied whole).
    var hasSpace: Bool { flags & Self.spaceFlag != 0 }
    /// True when the content holds `第`, `《`, an ASCII capital or digit, a Cyrillic capital or an
    /// Arabic letter: a citation may start here (in any of the six languages).
    var mayCite: Bool { flags & Self.citeFlag != 0 }

    var range: Range<Int> { Int(start)..<Int(end) }
}
