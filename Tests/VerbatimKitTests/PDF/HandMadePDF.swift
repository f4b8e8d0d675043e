/// A small PDF written byte by byte (Helvetica, ASCII text, one content stream per page), for
/// tests that need a PDF whose text is known exactly without any generator installed.
enum HandMadePDF {
    /// A PDF with one page per element of `pages`, each line of text drawn below the last.
    static func bytes(pages: [[String]]) -> [UInt8] {
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func object(_ body: String) {
            offsets.append(out.count)
            out += Array("\(offsets.count) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let pageCount = pages.count
        // Objects: 1 catalog, 2 page tree, 3 font, then a page and its contents for each page.
        let kids = (0..<pageCount).map { "\(4 + 2 * $0) 0 R" }.joined(separator: " ")
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        for (k, lines) in pages.enumerated() {
            object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                + "/Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + 2 * k) 0 R >>")
            let shown = lines.map { "(\(escaped($0))) Tj T*" }.joined(separator: " ")
            let stream = "BT /F1 11 Tf 14 TL 72 770 Td \(shown) ET"
            object("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        let xref = out.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out += Array(table.utf8)
        return out
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for c in text {
            if c == "(" || c == ")" || c == "\\" { result.append("\\") }
            result.append(c)
        }
        return result
    }
}
