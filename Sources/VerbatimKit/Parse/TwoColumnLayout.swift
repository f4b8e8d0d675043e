/// Text laid out in two columns side by side, as `pdftotext -layout` writes a two-column page:
/// each line holds a line of the left column, a gap of spaces, and a line of the right column.
/// Read across, it would interleave two texts; so it is detected and rearranged, page by page
/// (form feeds separate the pages), into the left column followed by the right one. A page set
/// in one column (a cover page, whose wide gaps are dot leaders or a table) is kept whole.
enum TwoColumnLayout {
    /// The rearranged text when `bytes` is laid out in two columns; `nil` otherwise.
    static func rearrange(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var lines: [Range<Int>] = []
        var start = 0
        var twoColumnLines = 0
        var contentLines = 0
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        for line in lines {
            let split = split(bytes, line)
            if split.left != nil || split.right != nil { contentLines += 1 }
            if split.left != nil && split.right != nil { twoColumnLines += 1 }
        }
        guard twoColumnLines >= 10, twoColumnLines * 3 >= contentLines else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var left: [Range<Int>] = []
        var right: [Range<Int>] = []
        var whole: [Range<Int>] = []
        var pageTwoColumn = 0
        var pageContent = 0
        func flushPage() {
            // A page is read in columns when a third of its lines have two.
            let columns = pageTwoColumn >= 3 && pageTwoColumn * 3 >= pageContent
            for r in columns ? left + right : whole {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[r]))
                out.append(0x0A)
            }
            left.removeAll()
            right.removeAll()
            whole.removeAll()
            pageTwoColumn = 0
            pageContent = 0
        }
        func add(_ segment: Range<Int>) {
            let parts = split(bytes, segment)
            if let l = parts.left { left.append(l) }
            if let r = parts.right { right.append(r) }
            if parts.left != nil || parts.right != nil {
                whole.append(segment)
                pageContent += 1
            }
            if parts.left != nil && parts.right != nil { pageTwoColumn += 1 }
        }
        for line in lines {
            var segment = line
            // A form feed ends the page: its columns are written before the next page's.
            if let ff = segment.firstIndex(where: { bytes[$0] == 0x0C }) {
                add(segment.lowerBound..<ff)
                flushPage()
                out.append(0x0C)
                segment = (ff + 1)..<segment.upperBound
            }
            add(segment)
        }
        flushPage()
        return out
    }

    /// The left and right parts of a line: split at the first run of three or more spaces after
    /// which text resumes at column 30 or later, unless dot leaders end the left part (a table
    /// row); a line indented by 20 or more spaces is all right. Running headers and footers stay
    /// whole.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (left: Range<Int>?, right: Range<Int>?) {
        var s = line.lowerBound
        var e = line.upperBound
        while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0D || bytes[e - 1] == 0x09 { e -= 1 }
        var leading = 0
        while s < e, bytes[s] == 0x20 { s += 1; leading += 1 }
        guard s < e else { return (nil, nil) }
        if leading >= 20 { return (nil, s..<e) }
        if PageArtifact.classify(bytes, start: s, end: e, pageOnly: true) != nil { return (s..<e, nil) }
        var i = s
        var width = 0
        while i < e {
            let b = bytes[i]
            if b == 0x20 {
                var j = i
                while j < e, bytes[j] == 0x20 { j += 1 }
                if j - i >= 3, width + (j - i) >= 30, j < e, !(i - s >= 2 && bytes[i - 1] == 0x2E && bytes[i - 2] == 0x20
                    || i - s >= 3 && bytes[i - 1] == 0xA6 && bytes[i - 2] == 0x80 && bytes[i - 3] == 0xE2) {
                    return (s..<i, j..<e)
                }
                width += j - i
                i = j
                continue
            }
            width += b >= 0xE0 ? 2 : 1
            i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        }
        return (s..<e, nil)
    }
}
