/// Recognises a PDF file by its content: the `%PDF-` header that opens every PDF file, whatever
/// the file is called.
public enum PDFSignature {
    /// The five bytes `%PDF-`.
    static let magic: [UInt8] = Array("%PDF-".utf8)

    /// True when `bytes` open with the PDF header.
    public static func matches<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        bytes.starts(with: magic)
    }
}
