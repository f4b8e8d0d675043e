import Foundation

/// Builds the large inputs: the fixture repeated as consecutive meetings, each copy with its own
/// resolution, document and meeting numbers.
///
/// Only digits inside citations change, and every number keeps its count of digits, so each copy
/// has the same lines, the same display widths and exactly the same citations as the fixture:
/// a copy parses to the same statements, paragraphs and mentions, with different ids.
struct InputGenerator {
    /// A run of digits inside a citation, located by its UTF-8 offset in the fixture.
    struct NumberSlot: Equatable {
        var offset: Int
        var digits: Int
        var value: Int
        /// The step by which the number moves from one copy to the next.
        var step: Int
    }

    /// The fixture's bytes.
    let fixture: [UInt8]
    /// Where the numbers to vary are.
    let slots: [NumberSlot]

    init(fixture: [UInt8]) {
        self.fixture = fixture
        slots = InputGenerator.findSlots(in: String(decoding: fixture, as: UTF8.self))
    }

    /// The number in `slot` for copy `copy` (copy 0 is the fixture itself): another number of the
    /// same count of digits, with no leading zero.
    static func varied(_ slot: NumberSlot, copy: Int) -> Int {
        var low = 1
        for _ in 1..<slot.digits { low *= 10 }
        let high = low * 10
        let first = slot.digits == 1 ? 1 : low
        let span = high - first
        return first + ((slot.value - first) + copy * slot.step) % span
    }

    /// The bytes of copy `copy`.
    func meeting(copy: Int) -> [UInt8] {
        var bytes = fixture
        for slot in slots {
            var number = InputGenerator.varied(slot, copy: copy)
            for i in stride(from: slot.digits - 1, through: 0, by: -1) {
                bytes[slot.offset + i] = UInt8(ascii: "0") + UInt8(number % 10)
                number /= 10
            }
        }
        return bytes
    }

    /// Writes the first `copies` meetings to `url` unless a file of the expected size is already
    /// there (inputs are reused between runs); returns whether it wrote.
    @discardableResult
    func write(copies: Int, to url: URL) throws -> Bool {
        let expected = fixture.count * copies
        if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
           (attributes[.size] as? NSNumber)?.intValue == expected {
            return false
        }
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var data = Data(capacity: expected)
        for copy in 0..<copies {
            data.append(contentsOf: meeting(copy: copy))
        }
        try data.write(to: url, options: .atomic)
        return true
    }

    /// Finds the digits to vary: Security Council resolution numbers (`第1540（2004）号`, with any
    /// spaces or line breaks between the parts), the second part of General Assembly resolution
    /// numbers (`大会第70/47号`), meeting numbers of cited records (`S/PV.3046`, `A/70/PV.3`) and
    /// serial numbers of documents (`S/2018/4`). Years are left alone.
    static func findSlots(in text: String) -> [NumberSlot] {
        let patterns: [(Regex<(Substring, Substring)>, Int)] = [
            (#/第\s*([0-9]{1,4})\s*[（(]\s*[0-9]{4}\s*[）)]/#, 37),
            (#/大会第\s*[0-9]{1,3}\s*/\s*([0-9]{1,4})\s*号/#, 13),
            (#/PV\.\s*([0-9]{1,5})/#, 1),
            (#/[SA]\s*/\s*[0-9]{4}\s*/\s*([0-9]{1,5})/#, 1),
        ]
        var slots: [NumberSlot] = []
        for (pattern, step) in patterns {
            for match in text.matches(of: pattern) {
                let digits = match.output.1
                let offset = text.utf8.distance(from: text.utf8.startIndex, to: digits.startIndex)
                slots.append(NumberSlot(offset: offset, digits: digits.utf8.count, value: Int(digits)!, step: step))
            }
        }
        return slots.sorted { $0.offset < $1.offset }
    }
}
