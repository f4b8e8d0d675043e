import Testing
@testable import VerbatimKit

/// The fixture's paragraphs, wrapped at widths 10…120: width, losslessness, punctuation rules and
/// glue all hold.
@Test(arguments: Array(10...120))
func fixtureWrapKeepsEveryRule(width: Int) throws {
    let wrapper = LineWrapper()
    let displayWidth = DisplayWidth.standard
    var problems: [String] = []
    var keptGlue = 0
    let paragraphs = TextFixture.preparedParagraphs
    #expect(paragraphs.count > 200)
    for paragraph in paragraphs {
        let glue = paragraph.glue
        let scalars = paragraph.scalars
        let lines = wrapper.wrap(paragraph.text, width: width, glue: glue)
        problems += WrapChecks.structuralProblems(lines, of: paragraph.text, scalars: scalars,
                                                  clusterBoundary: paragraph.clusterBoundary, width: width)
        problems += WrapChecks.punctuationProblems(lines)
        // A glued run that fits, with the punctuation that may not be parted from it, is not broken.
        let starts = Set(lines.dropFirst().map(\.start))
        for range in glue {
            var lower = range.lowerBound
            while lower > 0, WrapChecks.noLineEnd.contains(Character(scalars[lower - 1])) { lower -= 1 }
            var upper = range.upperBound
            while upper < scalars.count, WrapChecks.noLineStart.contains(Character(scalars[upper])) { upper += 1 }
            guard displayWidth.of(WrapChecks.slice(scalars, lower..<upper)) <= width else { continue }
            keptGlue += 1
            if let broken = starts.first(where: { range.lowerBound < $0 && $0 < range.upperBound }) {
                problems.append("glue \(WrapChecks.slice(scalars, range)) broken at \(broken) at width \(width)")
            }
        }
        if problems.count > 10 { break }
    }
    #expect(problems.isEmpty, "\(problems)")
    #expect(keptGlue > 50)
}

/// At widths 1…9 only the width bound and losslessness are required.
@Test(arguments: Array(1...9))
func fixtureWrapAtNarrowWidthsFitsAndLosesNothing(width: Int) throws {
    let wrapper = LineWrapper()
    var problems: [String] = []
    let paragraphs = TextFixture.preparedParagraphs
    #expect(paragraphs.count > 200)
    for paragraph in paragraphs {
        let lines = wrapper.wrap(paragraph.text, width: width, glue: paragraph.glue)
        problems += WrapChecks.structuralProblems(lines, of: paragraph.text, scalars: paragraph.scalars,
                                                  clusterBoundary: paragraph.clusterBoundary, width: width)
        if problems.count > 10 { break }
    }
    #expect(problems.isEmpty, "\(problems)")
}

private func drawn(_ lines: [WrappedLine]) -> [String] { lines.map { String($0.text) } }

@Test func closingPunctuationNeverStartsALine() {
    let wrapper = LineWrapper()
    // Five characters fill 10 columns; the full stop must not start the next line.
    #expect(drawn(wrapper.wrap("一二三四五。六七", width: 10)) == ["一二三四", "五。六七"])
    #expect(drawn(wrapper.wrap("一二三四五，六七", width: 10)) == ["一二三四", "五，六七"])
    #expect(drawn(wrapper.wrap("一二三四五）六七", width: 10)) == ["一二三四", "五）六七"])
    #expect(drawn(wrapper.wrap("一二三四五”六七", width: 10)) == ["一二三四", "五”六七"])
    #expect(drawn(wrapper.wrap("一二三四五……六七", width: 10)) == ["一二三四", "五……六七"])
    #expect(drawn(wrapper.wrap("一二三四五•六七", width: 10)) == ["一二三四", "五•六七"])
    #expect(drawn(wrapper.wrap("一二三四五,六七", width: 10)) == ["一二三四", "五,六七"])
}

@Test func openingPunctuationNeverEndsALine() {
    let wrapper = LineWrapper()
    #expect(drawn(wrapper.wrap("一二三四（五六）", width: 10)) == ["一二三四", "（五六）"])
    #expect(drawn(wrapper.wrap("一二三四《五六》", width: 10)) == ["一二三四", "《五六》"])
    #expect(drawn(wrapper.wrap("一二三四“五六”", width: 10)) == ["一二三四", "“五六”"])
}

@Test func glueKeepsDocumentSymbolsWhole() {
    let wrapper = LineWrapper()
    let text = "我谨提请安理会成员注意文件S/2018/4，其中载有信"
    // Without glue ICU breaks after "S/"; with it the symbol moves to the next line whole.
    let unglued = wrapper.wrap(text, width: 28)
    #expect(drawn(unglued).first == "我谨提请安理会成员注意文件S/")
    let glued = wrapper.wrap(text, width: 28, glue: Glue.defaultRanges(in: text))
    #expect(drawn(glued) == ["我谨提请安理会成员注意文件", "S/2018/4，其中载有信"])
}

@Test func glueWiderThanTheLineIsBrokenWithinTheWidth() {
    let wrapper = LineWrapper()
    let text = "S/2018/4"
    let lines = wrapper.wrap(text, width: 4, glue: [0..<8])
    #expect(WrapChecks.structuralProblems(lines, of: text, width: 4).isEmpty)
    #expect(lines.count >= 2)
}

@Test func latinWordsBreakAtSpacesWhichAreNotDrawn() {
    let wrapper = LineWrapper()
    let lines = wrapper.wrap("hello world again", width: 11)
    #expect(drawn(lines) == ["hello world", "again"])
    #expect(lines[0].start == 0 && lines[0].drawnEnd == 11 && lines[0].end == 12 && lines[0].width == 11)
    #expect(lines[1].start == 12 && lines[1].end == 17)
    // A word longer than the line is cut at a grapheme boundary.
    #expect(drawn(wrapper.wrap("internationalisation", width: 8)) == ["internat", "ionalisa", "tion"])
}

@Test func lineFeedsAreMandatoryBreaks() {
    let wrapper = LineWrapper()
    let lines = wrapper.wrap("ab\ncd\r\nef", width: 40)
    #expect(drawn(lines) == ["ab", "cd", "ef"])
    #expect(lines.map(\.end) == [3, 7, 9])
    #expect(lines.map(\.drawnEnd) == [2, 5, 9])
    // A final line feed ends the last line; it does not add an empty one.
    #expect(drawn(wrapper.wrap("ab\n", width: 40)) == ["ab"])
    #expect(wrapper.wrap("\n\nab", width: 40).map(\.end) == [1, 2, 4])
}

@Test func emptyTextIsOneEmptyLine() {
    let lines = LineWrapper().wrap("", width: 20)
    #expect(lines == [WrappedLine(start: 0, end: 0, drawnEnd: 0, width: 0, text: "")])
}

@Test func wideCharacterAtWidthOneIsClippedNotOverflowed() {
    let wrapper = LineWrapper()
    let text = "a中b"
    let lines = wrapper.wrap(text, width: 1)
    #expect(WrapChecks.structuralProblems(lines, of: text, width: 1).isEmpty)
    #expect(drawn(lines) == ["a", "", "b"])
    #expect(lines.map(\.isClipped) == [false, true, false])
    #expect(lines[1].start == 1 && lines[1].end == 2 && lines[1].drawnEnd == 1)
    // Zero and negative widths behave as 1.
    #expect(wrapper.wrap(text, width: 0) == lines)
}

@Test func clustersAreNeverSplit() {
    let wrapper = LineWrapper()
    for text in ["👍🏽👍🏽🇨🇳🇨🇳", "e\u{301}e\u{301}e\u{301}", "中\u{302}中\u{302}", "👨‍👩‍👧a👨‍👩‍👧"] {
        for width in 1...6 {
            let lines = wrapper.wrap(text, width: width)
            let problems = WrapChecks.structuralProblems(lines, of: text, width: width)
            #expect(problems.isEmpty, "\(text) at \(width): \(problems)")
        }
    }
    #expect(drawn(wrapper.wrap("👍🏽👍🏽", width: 3)) == ["👍🏽", "👍🏽"])
}

@Test func ambiguousWideCountsInWrapping() {
    let wrapper = LineWrapper(displayWidth: DisplayWidth(ambiguous: .wide))
    let lines = wrapper.wrap("安杰伊•杜达", width: 8)
    #expect(lines.allSatisfy { $0.width <= 8 })
    #expect(drawn(lines) == ["安杰伊•", "杜达"])
    #expect(lines.map(\.width) == [8, 4])
    #expect(WrapChecks.structuralProblems(lines, of: "安杰伊•杜达", width: 8, displayWidth: DisplayWidth(ambiguous: .wide)).isEmpty)
}

/// The wrapper's shortcut: two scalars it deems never to join are always two grapheme clusters.
@Test func scalarsDeemedNeverToJoinAreSeparateClusters() {
    var wrong: [String] = []
    for value in UInt32(0)..<0x10000 where LineWrapper.neverJoins(value) {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let text = String(scalar)
        for pair in [text + text, text + "a", "a" + text, text + "中", "中" + text, text + " ", "，" + text]
        where pair.count != 2 {
            wrong.append("U+" + String(value, radix: 16))
        }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(20))")
}

/// Between Chinese characters a line may break before an opening quotation mark and after a
/// closing one (ICU 72 alone allows neither).
@Test func quotationMarksBetweenChineseCharactersAllowBreaks() {
    let wrapper = LineWrapper()
    #expect(drawn(wrapper.wrap("我们说“安理会”", width: 8)) == ["我们说", "“安理会”"])
    #expect(drawn(wrapper.wrap("“安理会”决定了", width: 9)) == ["“安理会”", "决定了"])
}

/// Without ICU the simpler rule still fits the width, loses nothing and keeps the punctuation rules.
@Test func wrappingWithoutICUStillHoldsTheRules() throws {
    let wrapper = LineWrapper(displayWidth: .standard, withoutICU: ())
    var problems: [String] = []
    for paragraph in try TextFixture.paragraphs().prefix(60) {
        for width in [1, 5, 17, 40] {
            let lines = wrapper.wrap(paragraph, width: width, glue: Glue.defaultRanges(in: paragraph))
            problems += WrapChecks.structuralProblems(lines, of: paragraph, width: width)
            if width >= 10 { problems += WrapChecks.punctuationProblems(lines) }
        }
    }
    #expect(problems.isEmpty, "\(problems.prefix(10))")
    #expect(drawn(wrapper.wrap("hello world", width: 8)) == ["hello", "world"])
}

/// Mixed, damaged text (controls, lone combining marks, emoji sequences, line feeds, runs of
/// spaces, unassigned scalars) wraps within the width and loses nothing, at every width.
@Test func mixedTextWrapsWithinWidthAndLosesNothing() {
    let pieces: [String] = [
        "中", "。", "（", "）", "“", "”", "a", "word", " ", "   ", "\n", "\r\n", "\t", "\u{1B}", "\u{85}",
        "\u{202E}", "\u{301}", "e\u{301}", "👍🏽", "🇨🇳", "👨‍👩‍👧", "❤️", "\u{200B}", "\u{378}", "S/2018/4",
        "2018年", "……", "——", "\u{3000}", "ｶﾞ", "한", "\u{1100}\u{1161}", "•", "-", "/",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    let wrapper = LineWrapper()
    let wideWrapper = LineWrapper(displayWidth: DisplayWidth(ambiguous: .wide))
    var problems: [String] = []
    for _ in 0..<300 {
        var text = ""
        for _ in 0..<next(40) { text += pieces[next(pieces.count)] }
        let glue = Glue.defaultRanges(in: text)
        for width in 1...24 {
            problems += WrapChecks.structuralProblems(wrapper.wrap(text, width: width, glue: glue), of: text, width: width)
            problems += WrapChecks.structuralProblems(wideWrapper.wrap(text, width: width, glue: glue), of: text, width: width,
                                                      displayWidth: wideWrapper.displayWidth)
        }
        if !problems.isEmpty {
            problems.append("in \(text.debugDescription)")
            break
        }
    }
    #expect(problems.isEmpty, "\(problems.prefix(10))")
}

@Test func theWrapperBreaksLinesInTheProfilesLocale() {
    #expect(LineWrapper(profile: .chinese).locale == "zh")
    #expect(LineWrapper(profile: .arabic).locale == "ar")
    #expect(LineWrapper().locale == "")
    // Arabic breaks between words, never inside one.
    let text = "لقد اتخذ مجلس الأمن القرار"
    let lines = LineWrapper(profile: .arabic).wrap(text, width: 10)
    #expect(lines.map { String($0.text) } == ["لقد اتخذ", "مجلس الأمن", "القرار"])
}
