import Testing
import VerbatimKit

@Test func shortTextIsKeptAndPadded() {
    #expect(Truncation.truncate("中国", to: 6) == "中国")
    #expect(Truncation.truncate("中国", to: 6, pad: true) == "中国  ")
    #expect(Truncation.truncate("abc", to: 3, pad: true) == "abc")
}

@Test func longTextEndsInEllipsisWithinWidth() {
    #expect(Truncation.truncate("abcdef", to: 4) == "abc…")
    #expect(Truncation.truncate("哈萨克斯坦", to: 6) == "哈萨…")
    // The wide character that does not fit before the ellipsis is left out; padding fills the gap.
    #expect(Truncation.truncate("哈萨克斯坦", to: 7) == "哈萨克…")
    #expect(Truncation.truncate("哈萨克斯坦", to: 6, pad: true) == "哈萨… ")
    #expect(Truncation.truncate("abc", to: 1) == "…")
    #expect(Truncation.truncate("abc", to: 0) == "")
}

@Test func truncationNeverSplitsClustersOrExceedsWidth() {
    let width = DisplayWidth.standard
    let samples = ["安杰伊•杜达阁下", "e\u{301}e\u{301}e\u{301}e\u{301}", "👍🏽👍🏽👍🏽", "a\u{1B}b中\u{202E}c", "S/2018/4号文件"]
    for text in samples {
        for columns in 0...12 {
            let cut = Truncation.truncate(text, to: columns)
            #expect(width.of(cut) <= columns)
            let padded = Truncation.truncate(text, to: columns, pad: true)
            #expect(width.of(padded) == columns)
            // Every cluster of the result (but the ellipsis) is a cluster of the text, in order.
            let kept = cut.hasSuffix("…") && cut != text ? String(cut.dropLast()) : cut
            #expect(text.hasPrefix(kept) && Array(text).starts(with: Array(kept)))
        }
    }
}

@Test func ambiguousWideEllipsisIsCountedWide() {
    let wide = DisplayWidth(ambiguous: .wide)
    #expect(Truncation.truncate("abcdef", to: 4, displayWidth: wide) == "ab…")
    #expect(Truncation.truncate("abcdef", to: 1, displayWidth: wide) == "a")
}
