import VerbatimKit

/// The wrappers, one per line-break locale worth telling apart (made once: ICU iterators are costly).
private let wrappers = [LineWrapper(), LineWrapper(locale: "zh"), LineWrapper(locale: "ar"), LineWrapper(locale: "ru")]

/// `wrap`: text × width 1…300 → lines. No line is wider than the width, the lines give back the
/// text, none starts inside a grapheme cluster, and each line's text and width are its range's.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWrap(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    var input = FuzzBytes(UnsafeBufferPointer(start: data, count: count))
    let width = 1 + input.uint16() % 300
    let wrapper = wrappers[Int(input.byte()) % wrappers.count]
    let text = input.restAsText()
    let lines = wrapper.wrap(text, width: width)
    if let problem = WrapInvariants.problem(lines, of: text, width: width) { fuzzFailure("width \(width): \(problem)") }
    return 0
}
