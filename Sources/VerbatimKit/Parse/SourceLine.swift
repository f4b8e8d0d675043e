/// One non-blank line of the input, located by byte offsets into the UTF-8 text.
///
/// Offsets are 32-bit to keep the table small on large inputs (the loader refuses files over
/// 2 GiB). Leading whitespace (the page-break space, an ideographic-space indent) and trailing
/// whitespace are outside `start..<end`.
struct SourceLine {
    /// First content byte.
    var start: UInt32
    /// End of the content (exclusive).
    var end: UInt32
    /// 1-based line number in the file.
    var number: UInt32
    /// Width of the content as typeset (CJK and ambiguous-width characters count 2).
    var width: Int32
    /// 0-based index of the physical page the line is printed on.
    var page: Int32
    /// Width of the ideographic-space indent removed from the start (0 when none).
    var indent: UInt8
    /// True when the content holds a space, a tab or an ideographic space (joining must look
    /// at each byte; otherwise the line is copied whole).
    var hasSpace: Bool = false
    /// True when the content holds `第`, `《`, an ASCII capital or digit, a Cyrillic capital or an
    /// Arabic letter: a citation may start here (in any of the six languages).
    var mayCite: Bool = false

    var range: Range<Int> { Int(start)..<Int(end) }
}
