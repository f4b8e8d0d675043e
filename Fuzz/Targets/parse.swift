import VerbatimKit

/// `parse`: text → record, with the model's invariants checked on every input
/// (`RecordInvariants`: lossless, spans in bounds and in order, pages forward, citations inside).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    var input = FuzzBytes(UnsafeBufferPointer(start: data, count: count))
    let text = input.restAsText()
    let record = RecordLoader.parse(text)
    if let problem = RecordInvariants.problem(record, input: text) { fuzzFailure(problem) }
    return 0
}
