import Foundation
import Testing
@testable import VerbatimKit

/// Quoting and escaping in the exports, with text built to break each format: markup, quotes,
/// separators, control characters and links that are not links.
@Suite struct ExportEscapingTests {
    /// Text that is markup in Markdown and HTML, a separator in CSV, and a terminal escape.
    static let hostile = "<script>alert('x')</script> & \"q\" *b* _i_ [l](u) `c` \\ | ~ # </style>\u{1B}[31m,\u{07}\nend"

    /// A one-statement record around `text`, with one linked citation after it and one whose
    /// link is not an http(s) address.
    static func record(_ text: String, language: String = "zh") -> Record {
        let tail = " S/RES/1540 (2004) X"
        let start = text.unicodeScalars.count + 1
        let paragraph = Paragraph(
            text: text + tail, language: language, page: 3,
            references: [
                Citation(id: "S/RES/1540 (2004)", kind: .scResolution, text: "S/RES/1540 (2004)", start: start, end: start + 17),
                Citation(id: "X", kind: .document, text: "X", start: start + 18, end: start + 19),
            ],
            lines: LineSpan(first: 5, last: 5))
        let speaker = Speaker(label: "A<b>", name: "A<b>", title: "先生", country: "C,\"D\"", language: "en")
        let statement = Statement(index: 1, speaker: speaker, paragraphs: [paragraph], notes: [],
                                  lines: LineSpan(first: 4, last: 5), pages: LineSpan(first: 3, last: 3))
        return Record(
            meeting: Meeting(symbol: "S/PV.1", language: language),
            statements: [statement], blocks: [.statement(0)],
            references: [
                Reference(id: "S/RES/1540 (2004)", kind: .scResolution, url: "https://undocs.org/zh/S/RES/1540(2004)", mentions: 1, statements: [1]),
                Reference(id: "X", kind: .document, url: "javascript:alert(1)", mentions: 1, statements: [1]),
            ])
    }

    // MARK: Markdown

    @Test func markdownEscapesInlineMarkupEverywhere() {
        #expect(MarkdownExport.escape("a *b* _c_ [d](e) <f> `g` \\ & | ~ # ! {h} $") ==
                "a \\*b\\* \\_c\\_ \\[d\\]\\(e\\) \\<f\\> \\`g\\` \\\\ \\& \\| \\~ \\# \\! \\{h\\} \\$")
    }

    @Test func markdownEscapesWhatOpensABlockOnlyAtTheStartOfALine() {
        #expect(MarkdownExport.escape("- item") == "\\- item")
        #expect(MarkdownExport.escape("+ item") == "\\+ item")
        #expect(MarkdownExport.escape("===") == "\\===")
        #expect(MarkdownExport.escape("1. item") == "1\\. item")
        #expect(MarkdownExport.escape("2018) item") == "2018\\) item")
        #expect(MarkdownExport.escape("    code") == "&#32;&#32;&#32;&#32;code")
        // The same characters inside a line are text.
        #expect(MarkdownExport.escape("a - b + c = 1. d") == "a - b + c = 1. d")
        #expect(MarkdownExport.escape("- x", atLineStart: false) == "- x")
    }

    @Test func markdownOfHostileTextKeepsItAsTextAndLinksOnlyWebAddresses() {
        let markdown = MarkdownExport.record(Self.record(Self.hostile))
        #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(markdown.contains("\\<script\\>alert\\('x'\\)\\</script\\> \\& \"q\" \\*b\\* \\_i\\_ \\[l\\]\\(u\\) \\`c\\`"))
        // The escape shown as its stand-in `^[` (its bracket escaped), the bell as `^G`, the line
        // break as a hard break.
        #expect(markdown.contains("\\</style\\>^\\[\\[31m,^G\\\nend"))
        #expect(markdown.contains(" [S/RES/1540 \\(2004\\)](<https://undocs.org/zh/S/RES/1540(2004)>) X\n"))
        #expect(!markdown.contains("javascript"))
        #expect(markdown.contains("## Statement 1: A\\<b\\>先生 (C,\"D\"), language en"))
        #expect(markdown.contains("*S/PV.1, p. 3*"))
    }

    // MARK: CSV

    @Test func csvQuotesFieldsAsRFC4180Says() {
        #expect(CSVExport.field("plain") == "plain")
        #expect(CSVExport.field("a,b") == "\"a,b\"")
        #expect(CSVExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVExport.field(" padded") == "\" padded\"")
        #expect(CSVExport.field("") == "")
    }

    @Test func csvRowsShowControlCharactersAndEndInCRLF() {
        let table = CSVExport.table(Self.record(Self.hostile))
        let rows = table.components(separatedBy: "\r\n")
        #expect(rows.count == 3 && rows[2].isEmpty)
        #expect(rows[0] == CSVExport.columns.joined(separator: ","))
        #expect(rows[1] == "1,A<b>,先生,\"C,\"\"D\"\"\",en,3,1,\(Self.record(Self.hostile).statements[0].characterCount),S/RES/1540 (2004);X")
        #expect(!table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
    }

    @Test func csvByteOrderMarkOnlyWhenAsked() {
        let record = Self.record("text")
        #expect(Array(CSVExport.table(record, bom: true).utf8.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "i")])
        #expect(CSVExport.table(record).utf8.first == UInt8(ascii: "i"))
    }

    // MARK: HTML

    @Test func htmlEscapesEverythingFromTheRecord() {
        let page = HTMLExport.page(Self.record(Self.hostile))
        #expect(!page.contains("<script"))
        #expect(page.components(separatedBy: "</style>").count == 2)
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(page.contains("<section class=\"statement\" id=\"st-1\">"))
        #expect(page.contains("<a href=\"#st-1\">A&lt;b&gt;先生</a> (C,&quot;D&quot;)"))
        #expect(page.contains("<a class=\"citation\" href=\"https://undocs.org/zh/S/RES/1540(2004)\">S/RES/1540 (2004)</a>"))
        #expect(!page.contains("javascript"))
        // Self-contained: nothing is fetched.
        for outside in ["<script", "<link", "src=", "@import", "url("] { #expect(!page.contains(outside)) }
    }

    @Test func htmlTakesItsLanguageAndDirectionFromTheRecord() {
        #expect(HTMLExport.page(Self.record("نص", language: "ar")).contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(HTMLExport.page(Self.record("文字")).contains("<html lang=\"zh\" dir=\"ltr\">"))
        #expect(HTMLExport.page(Self.record("x", language: "z\"h")).contains("<html lang=\"und\" dir=\"ltr\">"))
    }

    // MARK: Shared pieces

    @Test func linksAreWebAddressesWithNothingThatEndsADestinationOrAttribute() {
        #expect(ExportLink.safe("https://undocs.org/zh/S/RES/1540(2004)") == "https://undocs.org/zh/S/RES/1540(2004)")
        #expect(ExportLink.safe("https://x.org/a b\"<>'\n") == "https://x.org/a%20b%22%3C%3E%27%0A")
        #expect(ExportLink.safe("https://x.org/文") == "https://x.org/%E6%96%87")
        #expect(ExportLink.safe("javascript:alert(1)") == nil)
        #expect(ExportLink.safe("file:///etc/passwd") == nil)
    }

    @Test func citationsThatDoNotFitTheTextStayText() {
        let citations = [
            Citation(id: "A", kind: .document, text: "bc", start: 1, end: 3),
            Citation(id: "B", kind: .document, text: "cd", start: 2, end: 4),  // overlaps A
            Citation(id: "C", kind: .document, text: "zz", start: 4, end: 40),  // past the end
        ]
        let segments = ExportText.segments("abcdef", citations: citations, links: ["A": "https://a"])
        #expect(segments == [.text("a"), .citation("bc", url: "https://a"), .text("def")])
    }

    @Test func lineBreaksInARecordsTextAreBreaksNotStandIns() {
        let text = "第一行 # x\r\n- 第二行\n第三行"
        let record = Record(
            meeting: Meeting(language: "zh"),
            procedural: [ProceduralLine(kind: .coverPage, text: text, page: 1, lines: LineSpan(first: 1, last: 3))],
            blocks: [.procedural(0)])
        let markdown = MarkdownExport.record(record)
        #expect(markdown.contains("\n*第一行 \\# x\\\n\\- 第二行\\\n第三行*\n"))
        #expect(!markdown.contains("^J") && !markdown.contains("^M"))
        let page = HTMLExport.page(record)
        #expect(page.contains("<p class=\"procedural\">第一行 # x<br>\n- 第二行<br>\n第三行</p>"))
    }
}
