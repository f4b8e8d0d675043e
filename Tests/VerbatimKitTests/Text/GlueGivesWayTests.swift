import Testing
@testable import VerbatimKit

// A glued citation that would leave more than a third of a line empty breaks inside, at a
// permitted point, when the caller lets glue give way.

/// The scalar range of `part` in `text`.
private func scalarRange(of part: String, in text: String) -> Range<Int> {
    let scalars = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
    for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
        return i..<(i + needle.count)
    }
    return 0..<0
}

@Test func aGluedCitationDoesNotLeaveAHalfEmptyLine() {
    let text = "我们重申第2231（2015）号决议，以示支持。"
    let glue = [scalarRange(of: "第2231（2015）号决议", in: text)]
    let wrapper = LineWrapper(profile: .chinese)
    // Kept whole, the citation leaves the first line with `我们重申` alone: 8 of 24 columns.
    let strict = wrapper.wrap(text, width: 24, glue: glue)
    #expect(strict.first?.text == "我们重申")
    // Giving way, the first line is filled, and it breaks where the rules allow.
    let loose = wrapper.wrap(text, width: 24, glue: glue, glueGivesWay: true)
    #expect(loose.count >= 2)
    for line in loose.dropLast() {
        #expect(line.width * 3 >= 24 * 2, "\(line.text) leaves more than a third empty")
    }
    #expect(loose.map { String($0.text) }.joined() == text)
    // No line starts with closing punctuation or a glued half that the rules forbid at a start.
    for line in loose.dropFirst() {
        #expect(!"）)，。号".contains(line.text.first ?? " "), "\(line.text)")
    }
}

@Test func glueThatFillsEnoughOfTheLineStaysWhole() {
    let text = "安全理事会一致通过第2231（2015）号决议。"
    let glue = [scalarRange(of: "第2231（2015）号决议", in: text)]
    let wrapper = LineWrapper(profile: .chinese)
    // `安全理事会一致通过` fills 18 of 24 columns: the citation moves to the next line whole.
    let lines = wrapper.wrap(text, width: 24, glue: glue, glueGivesWay: true)
    #expect(lines.first?.text == "安全理事会一致通过")
    #expect(lines.dropFirst().first?.text.hasPrefix("第2231（2015）号决议") == true)
}
