import Testing
@testable import VerbatimKit

/// Every scalar's width agrees with glibc's `wcwidth` under C.UTF-8, except where the policy
/// shows a stand-in: there the width is the stand-in's.
@Test func everyScalarAgreesWithWcwidth() {
    let width = DisplayWidth.standard
    var disagreements: [String] = []
    for value in 0..<UInt32(0x110000) {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let ours = width.of(scalar)
        let reference = Int(WidthReference.wcwidths[Int(value)])
        let expected: Int
        if let standIn = DisplayWidth.standIn(for: scalar) {
            // Replaced scalars are exactly the controls, bidi controls and what wcwidth rejects.
            let policyReplaces = value < 0x20 || (0x7F...0x9F).contains(value)
                || WidthReference.isBidiControl(value) || reference < 0
            if !policyReplaces { disagreements.append(String(value, radix: 16) + " has a stand-in") }
            expected = standIn.unicodeScalars.reduce(0) { $0 + Int(WidthReference.wcwidths[Int($1.value)]) }
        } else {
            expected = reference
        }
        if ours != expected {
            disagreements.append("U+" + String(value, radix: 16, uppercase: true) + ": \(ours), expected \(expected)")
        }
        if disagreements.count > 20 { break }
    }
    #expect(disagreements.isEmpty, "\(disagreements)")
}

@Test(arguments: [
    ("中", 2), ("。", 2), ("\u{FF0C}", 2), ("\u{3000}", 2), ("a", 1), ("\u{2022}", 1), ("\u{00B7}", 1),
    ("\u{201C}", 1), ("\u{2014}", 1), ("e\u{0301}", 1), ("👍🏽", 2), ("🇨🇳", 2), ("❤️", 2),
    ("👨‍👩‍👧", 2), ("\u{1F1E8}", 1), ("\u{1100}\u{1161}\u{11A8}", 2),
])
func clusterWidths(text: String, columns: Int) {
    #expect(text.count == 1)
    #expect(DisplayWidth.standard.of(Character(text)) == columns)
    #expect(DisplayWidth.standard.of(text) == columns)
}

@Test func stringWidthIsSumOverClusters() {
    let text = "安杰伊•杜达阁下（S/2018/4）e\u{0301}👍🏽🇨🇳x\t\u{202E}"
    let width = DisplayWidth.standard
    #expect(width.of(text) == text.reduce(0) { $0 + width.of($1) })
    #expect(width.of("S/2018/4") == 8)
    #expect(width.of("我谨提请安理会") == 14)
    #expect(width.of(utf8: Array("ab中".utf8)) == 4)
    #expect(width.of(utf8: Array("abc".utf8)) == 3)
}

@Test func fixtureWidthFastPathMatchesClusterSum() throws {
    let text = try TextFixture.text()
    let width = DisplayWidth.standard
    var clusterSum = 0
    for character in text { clusterSum += width.of(character) }
    #expect(width.of(text) == clusterSum)
    #expect(width.of(text[...]) == clusterSum)
}

@Test func controlsAreShownAsStandIns() {
    let width = DisplayWidth.standard
    #expect(width.standIn(for: "\u{1B}") == "^[")
    #expect(width.standIn(for: "\u{0}") == "^@")
    #expect(width.standIn(for: "\t") == "^I")
    #expect(width.standIn(for: "\u{7F}") == "^?")
    #expect(width.standIn(for: "\r\n") == "^M^J")
    #expect(width.standIn(for: "\u{85}") == "\u{FFFD}")
    #expect(width.standIn(for: "\u{202E}") == "\u{FFFD}")
    #expect(width.standIn(for: "\u{2066}") == "\u{FFFD}")
    #expect(width.standIn(for: "\u{378}") == "\u{FFFD}")
    #expect(width.standIn(for: "中") == nil)
    #expect(width.standIn(for: "e\u{0301}") == nil)
    #expect(width.of("\u{1B}[31m") == 2 + 4)
    #expect(width.of("\u{202E}") == 1)
    #expect(width.of("\r\n") == 4)
    let shown = width.visible("a\u{1B}b\u{202E}c")
    #expect(shown == "a^[b\u{FFFD}c")
    #expect(width.of(shown) == width.of("a\u{1B}b\u{202E}c"))
    #expect(width.visible("中文") == "中文")
}

@Test func ambiguousSwitchWidensEastAsianAmbiguous() {
    let wide = DisplayWidth(ambiguous: .wide)
    for character: Character in ["•", "·", "“", "”", "—", "…", "\u{FFFD}"] {
        #expect(DisplayWidth.standard.of(character) == 1)
        #expect(wide.of(character) == 2)
    }
    // Stand-ins follow the switch: U+FFFD is itself ambiguous.
    #expect(wide.of("\u{202E}") == 2)
    // Unambiguous characters do not move.
    #expect(wide.of("a中\u{0301}") == 3)
    #expect(wide.of("\u{1B}") == 2)
    #expect(wide != DisplayWidth.standard)
}

@Test func explicitPlacementIsFlaggedWhereWcwidthSumDiffers() {
    let width = DisplayWidth.standard
    #expect(width.needsExplicitPlacement("👍🏽"))
    #expect(width.needsExplicitPlacement("🇨🇳") == false)  // 1 + 1 = 2 by coincidence
    #expect(width.needsExplicitPlacement("❤️"))
    #expect(width.needsExplicitPlacement("👨‍👩‍👧"))
    #expect(width.needsExplicitPlacement("e\u{0301}") == false)
    #expect(width.needsExplicitPlacement("中") == false)
    #expect(width.needsExplicitPlacement("\r\n") == false)
}
