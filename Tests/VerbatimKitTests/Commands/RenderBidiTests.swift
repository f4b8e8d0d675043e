import Foundation
import Testing
@testable import VerbatimKit

/// `verbatim render --bidi`: who puts Arabic in display order.
@Test func renderReordersArabicUnlessTheTerminalIsToldToDoIt() throws {
    let text = "لقد اتخذ المجلس القرار S/RES/2774 (2025) بالإجماع.\n"
    let path = Fixture.temporaryFile(Array(text.utf8), name: "arabic.txt")
    let commands = CommandTests()

    let reordered = try commands.run("render", path, "--size", "46x10")
    #expect(reordered.status == 0)
    // Shaped (presentation forms, the lam-alef ligature of بالإجماع), the symbol whole.
    #expect(reordered.out.unicodeScalars.contains { (0xFE80...0xFEFC).contains($0.value) })
    #expect(reordered.out.contains("\u{FEF9}"))
    #expect(reordered.out.contains("S/RES/2774 (2025)"))
    #expect(!reordered.out.contains("لقد"))

    let terminal = try commands.run("render", path, "--size", "46x10", "--bidi", "terminal")
    #expect(terminal.status == 0)
    #expect(terminal.out.contains("لقد"))
    #expect(!terminal.out.unicodeScalars.contains { (0xFE80...0xFEFC).contains($0.value) })

    #expect(try commands.run("render", path, "--bidi", "sideways").status == 2)
}
