import Testing
import VerbatimKit

private func glued(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return Glue.defaultRanges(in: text).map { WrapChecks.slice(scalars, $0) }
}

@Test func documentSymbolsAreGlued() {
    #expect(glued("注意文件S/2018/4，其中") == ["S/2018/4"])
    #expect(glued("（见S/PV.3046）所") == ["S/PV.3046"])
    #expect(glued("见A/70/PV.3。") == ["A/70/PV.3"])
    #expect(glued("文件S / 2018/4所载") == ["S / 2018/4"])
    #expect(glued("第S/RES/1540 (2004)号决议") == ["S/RES/1540 (2004)"])
    #expect(glued("S/2018/4/Add.1.") == ["S/2018/4/Add.1"])
    // Words with slashes but no number are not symbols.
    #expect(glued("and/or TCP/IP") == [])
}

@Test func numbersWithTheirUnitsAreGlued() {
    #expect(glued("2018年1月2日哈萨克斯坦") == ["2018年", "1月", "2日"])
    #expect(glued("第1540（2004）号决议") == ["1540（2004）号"])
    #expect(glued("第255 (1968)号和第984 (1995)号决议") == ["255 (1968)号", "984 (1995)号"])
    #expect(glued("增加了50%以上") == ["50%"])
    #expect(glued("共有15个成员") == ["15个"])
    #expect(glued("在2017-2018年期间") == ["2017-2018年"])
    // A plain number needs no glue; digits inside a word are not numbers.
    #expect(glued("第8160次会议") == ["8160次"])
    #expect(glued("有1234的") == [])
    #expect(glued("ABC123年") == [])
}

@Test func glueRangesAreScalarOffsets() {
    let text = "👍🏽见S/2018/4"
    let ranges = Glue.defaultRanges(in: text)
    #expect(ranges == [3..<11])
}
