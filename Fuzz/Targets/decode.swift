@testable import VerbatimKit

/// `decode`: bytes → the loader's encoding guess → UTF-8 text. The first byte picks the encoding
/// the user asked for (none, UTF-8, GB 18030); every outcome must be an error with a message or
/// valid UTF-8 that holds some text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    var input = FuzzBytes(UnsafeBufferPointer(start: data, count: count))
    let encoding: TextEncoding? = switch input.byte() % 3 {
    case 0: nil
    case 1: .utf8
    default: .gb18030
    }
    var bytes = input.rest()
    var warnings: [String] = []
    do throws(LoadError) {
        try RecordLoader.decode(&bytes, encoding: encoding, path: "fuzz", warnings: &warnings)
    } catch {
        if error.message.isEmpty { fuzzFailure("an empty load error") }
        return 0
    }
    let valid = String(validating: bytes, as: UTF8.self) != nil
    if !valid { fuzzFailure("decoded bytes are not valid UTF-8 (encoding \(String(describing: encoding)))") }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
        fuzzFailure("decoded text is only white space")
    }
    return 0
}
