import Foundation
import Testing
@testable import VerbatimKit

/// Every country the shared records name, in speaker labels, member lists and vote lists, maps
/// to a code. The names are taken from the records by the grammar of those places, not from a
/// list written for the test.
@Suite struct CountryNamesInRecordsTests {
    /// Names in the fixture's labels: `…先生（科威特）（以法语发言）：`.
    @Test func chineseFixtureLabels() throws {
        let text = try String(contentsOfFile: Fixture.path, encoding: .utf8)
        let names = RecordNames.chineseLabels(text)
        #expect(names.count >= 7)
        RecordNames.expectAllMap(names, in: "S_PV.8160_zh.txt")
    }

    @Test(SharedFixtures.required, arguments: ["en", "fr", "es", "ru"])
    func pdfJSTextOfFiveLanguages(language: String) throws {
        let text = try String(contentsOfFile: SharedFixtures.path("S_PV.10124_\(language).txt"), encoding: .utf8)
        let labels = RecordNames.labels(text)
        let members = RecordNames.members(text)
        // The president's country, Estonia, Finland, Poland, Ukraine and the members that speak.
        #expect(labels.count >= 15, "\(labels)")
        // The fourteen members besides the president's country.
        #expect(members.count == 14, "\(members)")
        RecordNames.expectAllMap(labels + members, in: language)
        let codes = Set((labels + members).compactMap(CountryTable.code(for:)))
        #expect(codes.isSuperset(of: ["USA", "RUS", "GBR", "COD", "LVA", "UKR", "EST", "FIN", "POL"]))
    }

    /// Arabic pdf.js text: the labels' countries stand in brackets at the start of a line
    /// (`(التفيا) (تكلمت باإلنكليزية السيدة …`); in the member list the country is glued to the
    /// person's title, and some names are broken into visual runs with the person's name inside
    /// them (`الصومالاهيمالسيد إبر`), which no reader can take apart: those are counted, not required.
    @Test(SharedFixtures.required) func arabicPDFJSText() throws {
        let text = try String(contentsOfFile: SharedFixtures.path("S_PV.10124_ar.txt"), encoding: .utf8)
        let labels = RecordNames.arabicLabels(text)
        #expect(labels.count >= 15, "\(labels)")
        RecordNames.expectAllMap(labels, in: "ar labels")
        let members = RecordNames.arabicMembers(text)
        #expect(members.count == 14)
        let mapped = members.compactMap(CountryTable.code(for:))
        #expect(mapped.count >= 12, "\(members.filter { CountryTable.code(for: $0) == nil })")
        #expect(Set(mapped).isSuperset(of: ["RUS", "PAK", "BHR", "PAN", "COD", "DNK", "CHN", "FRA", "COL", "LVA", "GBR", "GRC"]))
    }

    @Test(SharedFixtures.required, PDFText.required, arguments: ["8698", "8700", "8701", "8702"])
    func englishPDFs(number: String) throws {
        let text = try #require(PDFText.extract(SharedFixtures.path("pdf/S_PV.\(number)_E.pdf")))
        let labels = RecordNames.labels(text)
        let members = RecordNames.members(text)
        let votes = RecordNames.voteLists(text)
        #expect(members.count == 14, "\(members)")
        #expect(!labels.isEmpty)
        RecordNames.expectAllMap(labels + members + votes, in: number)
        if number == "8701" { #expect(votes.count == 15) }
        if number == "8700" { #expect(votes.count == 30) }
    }
}

/// Text of a PDF through `pdftotext` (poppler-utils).
enum PDFText {
    static let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The trait that skips a test when `pdftotext` is not installed.
    static let required = ConditionTrait.enabled(if: tool != nil, "pdftotext is not installed")

    /// The text of the PDF at `path`, or `nil` when `pdftotext` is absent or fails.
    static func extract(_ path: String) -> String? {
        guard let tool else { return nil }
        // pdftotext writes to a file of its own: reading a pipe from Foundation can fail on an
        // interrupted system call while other tests run.
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("verbatim-pdftotext-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-eol", "unix", path, output]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try? String(contentsOfFile: output, encoding: .utf8)
    }
}

/// Country names taken from a record's text by the grammar of labels, member lists and votes.
enum RecordNames {
    /// Notes on the language spoken, which stand in brackets too.
    static let languageNotes = ["spoke in", "parle en", "habla en", "говорит", "发言", "interpretation", "interprétation",
                                "interpretación", "перевод", "口译"]

    static func isLanguageNote(_ s: String) -> Bool {
        languageNotes.contains { s.contains($0) }
    }

    static func expectAllMap(_ names: [String], in source: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let missing = names.filter { CountryTable.code(for: $0) == nil }
        #expect(missing.isEmpty, "\(source): \(missing)", sourceLocation: sourceLocation)
    }

    /// A Chinese label: a line opening with a name and title, the country in the first
    /// full-width bracket, the colon after the brackets.
    static func chineseLabels(_ text: String) -> [String] {
        let label = /^[^\s。，：（）]{1,20}（([^（）]{1,30})）(?:（[^（）]*）)?：/.anchorsMatchLineEndings()
        return text.matches(of: label).map { String($0.1) }.filter { !isLanguageNote($0) }
    }

    /// A label in a Latin or Cyrillic script: up to the colon, a name, then brackets, the first
    /// of which names the country unless it is a note on the language (a bracket may run over
    /// a line break). Also the president's country on the cover, in brackets after dot leaders.
    static func labels(_ text: String) -> [String] {
        let label = /^[^\n:()\d\/]{2,60}? ?\(([^()\d\/]{2,80})\)(?:\s*\([^()]*\))?\s?:/.anchorsMatchLineEndings()
        var names = text.matches(of: label).map { String($0.1) }
        let president = /(?:\. ?){3,}\s*\(([^()]+)\)/
        names += text.matches(of: president).map { String($0.1) }
        return names.filter { !isLanguageNote($0) }
    }

    /// The member list of the cover: from the members heading to the agenda heading, each
    /// country before its dot leaders or before the representative's title; a line with
    /// neither is the start of a name that the next line ends.
    static func members(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Members:") || $0.hasPrefix("Membres :")
            || $0.hasPrefix("Miembros:") || $0.hasPrefix("Члены:") }) else { return [] }
        let headings = ["Agenda", "Ordre du jour", "Orden del día", "Повестка дня"]
        let titles = /(?:^|\s)(?:Mr\.|Ms\.|Mrs\.|M\.|Mme|Sr\.|Sra\.|г-н|г-жа)\s/
        let leaders = /\s?(?:\. ?){2,}/
        var names: [String] = []
        var pending = ""
        for var line in lines[start...] {
            if headings.contains(where: { line.hasPrefix($0) }) { break }
            for heading in ["Members:", "Membres :", "Miembros:", "Члены:"] where line.hasPrefix(heading) {
                line = String(line.dropFirst(heading.count))
            }
            line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            var name: Substring? = nil
            if let dots = line.firstMatch(of: leaders) {
                name = line[..<dots.range.lowerBound]
            } else if let title = line.firstMatch(of: titles) {
                name = line[..<title.range.lowerBound]
            } else {
                pending += line + " "
                continue
            }
            let full = (pending + (name ?? "")).trimmingCharacters(in: .whitespaces)
            pending = ""
            if !full.isEmpty { names.append(full) }
        }
        return names
    }

    /// The lists after `In favour:`, `Against:` and `Abstaining:`: comma-separated names up to
    /// the next label or heading.
    static func voteLists(_ text: String) -> [String] {
        var names: [String] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var k = 0
        while k < lines.count {
            guard ["In favour:", "Against:", "Abstaining:"].contains(lines[k].trimmingCharacters(in: .whitespaces)) else {
                k += 1
                continue
            }
            var list = ""
            k += 1
            while k < lines.count, !lines[k].isEmpty, !lines[k].contains(":"), lines[k] != "None" {
                list += lines[k] + "\n"
                k += 1
            }
            names += list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
        }
        return names
    }

    /// Arabic labels in pdf.js's text: a line opening with the country in brackets, followed by
    /// the bracket on the language, the speaker's title, or the colon.
    static func arabicLabels(_ text: String) -> [String] {
        let label = /^\(([^()]{2,60})\)(?: \(تكلم| \(تكلمت| السيد| السيدة|:)/.anchorsMatchLineEndings()
        return text.matches(of: label).map { String($0.1) }
    }

    /// The Arabic member list: after the dot leaders, the country runs into the title of its
    /// representative (`االتحاد الروسيالسيد نبينزيا`).
    static func arabicMembers(_ text: String) -> [String] {
        let member = /^(?:األعضاء:)?(?:\. ?){3,}\s*(.+?)(?:السيدة|السيد)/.anchorsMatchLineEndings()
        return text.matches(of: member).map { String($0.1).trimmingCharacters(in: .whitespaces) }
    }
}
