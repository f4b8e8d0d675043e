import VerbatimKit
@testable import VerbatimTUI

/// Keys the fuzzer presses, as tmux tokens (`KeyTokens`): movement, panes, search, prompts,
/// overlays, marks, and some text for the prompts.
private let keyTokens: [String] = [
    "j", "k", "J", "K", "g", "G", "h", "l", "n", "N", "Tab", "BTab", "Enter", "Escape", "Space", "BSpace",
    "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End", "DC",
    "/", "?", ":", "s", "S", "r", "R", "c", "C", "v", "V", "z", "Z", "o", "O", "m", "'", "[", "]", "{", "}",
    "<", ">", "+", "-", "=", "w", "W", "b", "e", "E", "f", "F", "t", "T", "p", "P", "u", "x", "y", "i", "a",
    "0", "1", "2", "5", "9", "决", "议", "科", "威", "S", "/", "R", "E", "(", "）", "C-c", "C-l", "C-d", "C-u",
    "C-f", "C-b", "C-g", "C-n", "C-p", "C-o", "C-r", "C-w", "q",
]

/// `render`: a record parsed from the input's text, then a sequence of keys and resizes taken
/// from its first bytes; after every event the screen is drawn and checked (`ScreenInvariants`).
/// Input: events up to the first 0x00 byte (a byte ≥ 0xF0 is a resize to the next two bytes),
/// then the record's text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    var input = FuzzBytes(UnsafeBufferPointer(start: data, count: count))
    var events: [Event] = []
    while !input.isAtEnd, events.count < 32 {
        let b = input.byte()
        if b == 0 { break }
        if b >= 0xF0 {
            events.append(.resize(Size(width: 1 + Int(input.byte()) % 240, height: 1 + Int(input.byte()) % 80)))
        } else {
            for key in KeyTokens.parse(keyTokens[Int(b) % keyTokens.count]) { events.append(.key(key)) }
        }
    }
    let text = input.restAsText()
    let record = RecordLoader.parse(text)
    var state = AppState(record: record, path: "/records/fuzz.txt", colors: true, size: Size(width: 80, height: 24))
    if let problem = ScreenInvariants.problem(state) { fuzzFailure("at start: \(problem)") }
    for (n, event) in events.enumerated() {
        _ = App.update(&state, event)
        if let problem = ScreenInvariants.problem(state) { fuzzFailure("after event \(n) (\(event)): \(problem)") }
    }
    return 0
}
