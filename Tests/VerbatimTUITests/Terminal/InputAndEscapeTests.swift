import Foundation
import Testing
@testable import VerbatimTUI

@Test func backspaceArrivesInEveryForm() {
    #expect(KeyDecoder.key(forCharacter: 0x7F) == .backspace)
    #expect(KeyDecoder.key(forCharacter: 0x08) == .backspace)
}

@Test func controlCodesBecomeControlKeys() {
    #expect(KeyDecoder.key(forCharacter: 0x03) == .control("c"))
    #expect(KeyDecoder.key(forCharacter: 0x0F) == .control("o"))
    #expect(KeyDecoder.key(forCharacter: 0x0C) == .control("l"))
    #expect(KeyDecoder.key(forCharacter: 0x1A) == .control("z"))
    #expect(KeyDecoder.key(forCharacter: 0x0D) == .enter)
    #expect(KeyDecoder.key(forCharacter: 0x0A) == .enter)
    #expect(KeyDecoder.key(forCharacter: 0x09) == .tab)
    #expect(KeyDecoder.key(forCharacter: 0x1B) == .escape)
}

@Test func printableAndCJKInputAreCharacters() {
    #expect(KeyDecoder.key(forCharacter: 0x20) == .character(" "))
    #expect(KeyDecoder.key(forCharacter: 0x71) == .character("q"))
    #expect(KeyDecoder.key(forCharacter: 0x4E2D) == .character("中"))
    #expect(KeyDecoder.key(forCharacter: 0xFF08) == .character("（"))
}

@Test func codesThatAreNoKeyAreDropped() {
    #expect(KeyDecoder.key(forCharacter: 0) == nil)
    #expect(KeyDecoder.key(forCharacter: 0x9B) == nil)
    #expect(KeyDecoder.key(forCharacter: 0xD800) == nil)
}

@Test func colorPairsAreAllocatedOncePerCombination() {
    var pairs = ColorPairs(limit: 3)
    #expect(pairs.pair(foreground: .default, background: .default) == (0, false))
    #expect(pairs.pair(foreground: .red, background: .default) == (1, true))
    #expect(pairs.pair(foreground: .red, background: .default) == (1, false))
    #expect(pairs.pair(foreground: .default, background: .red) == (2, true))
    // Out of pairs: the default pair, never a failure.
    #expect(pairs.pair(foreground: .blue, background: .yellow) == (0, false))
}

@Test func osc52CarriesTheTextInBase64() {
    let text = "S/PV.8160, p. 5 \u{1B}[2J 中文"
    let sequence = OSC52.sequence(for: text)
    #expect(sequence.hasPrefix("\u{1B}]52;c;"))
    #expect(sequence.hasSuffix("\u{07}"))
    let payload = sequence.dropFirst(7).dropLast()
    #expect(!payload.contains("\u{1B}"))
    #expect(Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) } == text)
}

@Test func browserCommandsPassTheURLAsAnArgument() {
    let url = "https://undocs.org/zh/S/RES/1540(2004);rm -rf x"
    let commands = RuntimeBrowser.commands(browser: "firefox --new-tab:w3m %s", url: url)
    #expect(commands == [
        ["/bin/sh", "-c", "firefox --new-tab \"$1\"", "sh", url],
        ["/bin/sh", "-c", "w3m \"$1\"", "sh", url],
        ["xdg-open", url],
    ])
    #expect(RuntimeBrowser.commands(browser: nil, url: url) == [["xdg-open", url]])
}

@Test func browserLaunchReportsTheExitStatus() {
    #expect(RuntimeBrowser.run(["/bin/sh", "-c", "exit 0"]) == 0)
    #expect(RuntimeBrowser.run(["/bin/sh", "-c", "exit 3"]) == 3)
    #expect(RuntimeBrowser.run(["/nonexistent/program"]) != 0)
    #expect(RuntimeBrowser.locate("sh", path: "/nonexistent:/bin") == "/bin/sh")
    #expect(RuntimeBrowser.locate("no-such-program-here", path: "/bin:/usr/bin") == nil)
}
