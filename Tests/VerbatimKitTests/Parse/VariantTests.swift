import Foundation
import Testing
@testable import VerbatimKit

/// Other extractions of the same record, written from the fixture: each must give the same
/// statements, speakers and references, and lose nothing.
@Suite struct VariantTests {
    static let lines = Fixture.text.components(separatedBy: "\n")

    /// The fixture's pages, each a list of lines without the page-break space.
    static var pages: [[String]] {
        var pages: [[String]] = []
        for line in lines where !line.isEmpty {
            if line.hasPrefix(" ") {
                pages.append([String(line.dropFirst())])
            } else if pages.isEmpty {
                pages.append([line])
            } else {
                pages[pages.count - 1].append(line)
            }
        }
        return pages
    }

    static let cover = """
        联合国
        S/PV.8160
        安全理事会
        第七十三年
        第8160次会议
        2018年1月18日星期四上午10时在纽约举行
        临时
        主席：纳扎尔巴耶夫先生 ....................................（哈萨克斯坦）
        成员：玻利维亚（多民族国） .............................. 略伦蒂·索利斯先生
        中国 ........................................................ 吴海涛先生
        科特迪瓦 ……………………………………………………… 塔诺-布崔先生
        联合王国 ..................................................... 菲尔德先生
        议程
        不扩散大规模毁灭性武器
        建立信任措施
        本记录包括中文发言的文本和其他语言发言的译文。
        18-01234 (C)
        """

    func expectSameAsFixture(_ record: Record, lossless expected: String = Fixture.text,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Fixture.speakers(record) == Fixture.speakers(Fixture.record), sourceLocation: sourceLocation)
        #expect(Fixture.references(record) == Fixture.references(Fixture.record), sourceLocation: sourceLocation)
        #expect(record.agenda.map(\.title) == Fixture.record.agenda.map(\.title), sourceLocation: sourceLocation)
        #expect(Fixture.squeezed(record.text) == Fixture.squeezed(expected), sourceLocation: sourceLocation)
        #expect(record.statements[2].notes.map(\.language) == ["kk", "ru"], sourceLocation: sourceLocation)
    }

    @Test func withoutEmptyLines() {
        let text = Self.lines.filter { !$0.isEmpty }.joined(separator: "\n")
        let record = RecordLoader.parse(text)
        expectSameAsFixture(record)
        #expect(record.statements.map(\.paragraphs.count) == Fixture.record.statements.map(\.paragraphs.count))
        #expect(record.statements.last!.pages.last == 24)
    }

    @Test func withCRLF() {
        let record = RecordLoader.parse(Fixture.text.replacingOccurrences(of: "\n", with: "\r\n"))
        expectSameAsFixture(record)
        #expect(record.statements.map(\.paragraphs.count) == Fixture.record.statements.map(\.paragraphs.count))
        #expect(!record.statements.flatMap(\.paragraphs).contains { $0.text.contains("\r") })
    }

    @Test func withIdeographicIndent() {
        // Every paragraph's first line gets back its indent of two ideographic spaces.
        var starts = Set<Int>()
        for s in Fixture.record.statements { for p in s.paragraphs.dropFirst() { starts.insert(p.lines.first) } }
        var out: [String] = []
        for (k, line) in Self.lines.enumerated() {
            if starts.contains(k + 1) {
                out.append(line.hasPrefix(" ") ? " 　　" + line.dropFirst() : "　　" + line)
            } else {
                out.append(line)
            }
        }
        let record = RecordLoader.parse(out.joined(separator: "\n"))
        expectSameAsFixture(record)
        #expect(record.statements.map(\.paragraphs.count) == Fixture.record.statements.map(\.paragraphs.count))
    }

    @Test func onePargraphPerLine() {
        // A Word export: each paragraph (and label) on one line, no hard wraps.
        var out: [String] = []
        let record = Fixture.record
        for block in record.blocks {
            switch block {
            case .procedural(let k): out.append(record.procedural[k].text)
            case .statement(let k):
                let s = record.statements[k]
                var notes = s.notes[...]
                for (p, paragraph) in s.paragraphs.enumerated() {
                    while let note = notes.first, note.beforeParagraph <= p { out.append(note.text); notes = notes.dropFirst() }
                    out.append(p == 0 ? s.speaker.label + "：" + paragraph.text : paragraph.text)
                }
            case .unattributed(let k): out.append(record.unattributed[k].text)
            }
        }
        let parsed = RecordLoader.parse(out.joined(separator: "\n"))
        expectSameAsFixture(parsed)
        #expect(parsed.statements.flatMap(\.paragraphs).map(\.text) == record.statements.flatMap(\.paragraphs).map(\.text))
    }

    @Test func pdftotextWithHeadersFootersAndFormFeeds() {
        let pages = Self.pages
        var out = ""
        for (k, page) in pages.enumerated() {
            let number = k + 2
            out += number % 2 == 0
                ? "S/PV.8160    不扩散大规模毁灭性武器    18/01/2018\n\n"
                : "18/01/2018    不扩散大规模毁灭性武器    S/PV.8160\n\n"
            out += page.joined(separator: "\n") + "\n\n"
            out += number % 2 == 0 ? "\(number)/26    18-01234\n" : "18-01234    \(number)/26\n"
            out += "\u{0C}"
        }
        let record = RecordLoader.parse(out)
        expectSameAsFixture(record)
        #expect(record.statements.map(\.paragraphs.count) == Fixture.record.statements.map(\.paragraphs.count))
        #expect(record.statements.flatMap(\.paragraphs).map(\.page) == Fixture.record.statements.flatMap(\.paragraphs).map(\.page))
        #expect(!record.text.contains("18/01/2018") && !record.text.contains("18-01234"))
    }

    @Test func pdftotextFootersGiveThePageNumbers() {
        // Footers count from 7: the page numbers follow them, not the count of pages.
        var out = ""
        for (k, page) in Self.pages.enumerated() {
            out += page.joined(separator: "\n") + "\n18-01234    \(k + 7)/40\n\u{0C}"
        }
        let record = RecordLoader.parse(out)
        #expect(record.procedural[0].page == 7)
        #expect(record.statements.last!.pages.last == 29)
    }

    @Test func withCoverPage() {
        let text = Self.cover + "\n" + Fixture.text
        let record = RecordLoader.parse(text)
        expectSameAsFixture(record, lossless: CoverPage.coverText(Self.cover) + Fixture.text)
        let m = record.meeting
        #expect(m.symbol == "S/PV.8160" && m.body == "安全理事会" && m.meetingNumber == 8160)
        #expect(m.date == "2018年1月18日星期四上午10时" && m.isoDate == "2018-01-18")
        #expect(m.status == .provisional)
        #expect(m.president == "纳扎尔巴耶夫先生" && m.presidentCountry == "哈萨克斯坦")
        #expect(m.members.count == 4)
        #expect(m.members.first == Member(country: "玻利维亚（多民族国）", representative: "略伦蒂·索利斯先生"))
        #expect(m.members.contains(Member(country: "科特迪瓦", representative: "塔诺-布崔先生")))
        #expect(m.jobNumber == "18-01234 (C)")
        #expect(record.procedural.first?.kind == .coverPage)
        #expect(record.procedural.first?.page == 1)
        // The body still starts on page 2.
        #expect(record.procedural[1].kind == .opening && record.procedural[1].page == 2)
    }

    @Test func finalRecordHasNoProvisionalMark() {
        let text = Self.cover.replacingOccurrences(of: "临时\n", with: "") + "\n" + Fixture.text
        #expect(RecordLoader.parse(text).meeting.status == .final)
    }

    @Test func gb18030Bytes() throws {
        let bytes = try #require(TextEncoding.gb18030.encode(Fixture.text))
        #expect(bytes.count < Fixture.text.utf8.count)
        let path = Fixture.temporaryFile(bytes)
        let record = try RecordLoader.load(path: path)
        expectSameAsFixture(record)
        #expect(record.warnings.count == 1)
        #expect(record.warnings.first?.contains("GB 18030") == true)
        // Forced, it decodes without a warning; forced to UTF-8, it is an error naming the offset.
        #expect(try RecordLoader.load(path: path, encoding: .gb18030).warnings.isEmpty)
        #expect(throws: LoadError.self) { try RecordLoader.load(path: path, encoding: .utf8) }
        do {
            _ = try RecordLoader.load(path: path, encoding: .utf8)
        } catch {
            #expect(error.message.contains("at offset 1)"))
        }
    }
}

/// `pdftotext -layout`: two columns side by side on each line.
@Suite struct TwoColumnTests {
    @Test func columnsAreReadOneAfterTheOther() {
        // Each page of the fixture split in two halves set side by side, as a two-column page.
        var out = ""
        for page in VariantTests.pages {
            let half = (page.count + 1) / 2
            let left = Array(page[..<half])
            let right = Array(page[half...])
            for k in 0..<half {
                let l = left[k]
                let pad = String(repeating: " ", count: max(3, 50 - DisplayWidth.standard.of(l)))
                out += k < right.count ? l + pad + right[k] + "\n" : l + "\n"
            }
            out += "\u{0C}"
        }
        let record = RecordLoader.parse(out)
        #expect(record.warnings.contains { $0.contains("two columns") })
        #expect(Fixture.speakers(record) == Fixture.speakers(Fixture.record))
        #expect(Fixture.references(record) == Fixture.references(Fixture.record))
        #expect(Fixture.squeezed(record.text) == Fixture.squeezed(Fixture.text))
    }

    @Test func ordinaryTextWithWideGapsIsNotColumns() {
        let text = "S/PV.8160    不扩散大规模毁灭性武器    18/01/2018\n" + Fixture.text
        #expect(!RecordLoader.parse(text).warnings.contains { $0.contains("two columns") })
    }
}

/// Running headers and footers in other shapes: split over lines, or of any wording.
@Suite struct RunningLineTests {
    @Test func headersOfAnyWordingAreDropped() {
        var out = VariantTests.cover + "\n\u{0C}"
        for (k, page) in VariantTests.pages.enumerated() {
            // A header split over three lines, a footer over two.
            out += "S/PV.8160\n不扩散大规模毁灭性武器\n18/01/2018\n"
            out += page.joined(separator: "\n") + "\n"
            out += "18-01234\n\(k + 2)/26\n\u{0C}"
        }
        let record = RecordLoader.parse(out)
        #expect(Fixture.speakers(record) == Fixture.speakers(Fixture.record))
        #expect(Fixture.references(record) == Fixture.references(Fixture.record))
        #expect(record.statements.map(\.paragraphs.count) == Fixture.record.statements.map(\.paragraphs.count))
        #expect(Fixture.squeezed(record.text)
            == Fixture.squeezed(CoverPage.coverText(VariantTests.cover) + Fixture.text))
        #expect(record.meeting.jobNumber == "18-01234 (C)" && record.meeting.symbol == "S/PV.8160")
        #expect(record.statements.flatMap(\.paragraphs).map(\.page) == Fixture.record.statements.flatMap(\.paragraphs).map(\.page))
    }
}
