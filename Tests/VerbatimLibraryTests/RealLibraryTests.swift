import Foundation
import Testing
import VerbatimKit
@testable import VerbatimLibrary

/// The real documents under `../shared/fixtures/real/` as a library: one meeting in five
/// languages, four English meetings from PDF, eleven resolutions as documents.
@Suite(RealFixtures.required) struct RealLibraryTests {
    static let resolutions = [
        "S/RES/1267 (1999)", "S/RES/1540 (2004)", "S/RES/1718 (2006)", "S/RES/1907 (2009)", "S/RES/1989 (2011)",
        "S/RES/2231 (2015)", "S/RES/2235 (2015)", "S/RES/2253 (2015)", "S/RES/255 (1968)", "S/RES/751 (1992)",
        "S/RES/984 (1995)",
    ]

    @Test func indexesTheRealFilesAsFiveMeetingsAndElevenResolutions() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-real-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let (library, report) = try Library.open(folder: RealFixtures.real.path, indexPath: cache + "/index.sqlite")
        #expect(report.failed.isEmpty)
        #expect(report.notRecords == [RealFixtures.path("README.md")])
        #expect(report.meetings == 5)
        #expect(report.warnings.isEmpty)
        let meeting = try #require(library.meeting(symbol: "S/PV.10124"))
        #expect(meeting.languages == ["ar", "en", "es", "fr", "ru"])
        #expect(meeting.isoDate == "2026-03-23")
        #expect(meeting.files.count == 5)
        let english = library.meetings().filter { $0.key != "S/PV.10124" }
        #expect(english.map(\.key) == ["S/PV.8698", "S/PV.8700", "S/PV.8701", "S/PV.8702"])
        #expect(english.allSatisfy { $0.languages == ["en"] && $0.isoDate?.hasPrefix("2020-01-") == true })
        for symbol in Self.resolutions {
            let document = try #require(library.document(symbol: symbol), "\(symbol)")
            #expect(document.kind == .resolution)
            #expect(ResolutionText.load(path: document.path)?.symbol == symbol)
        }
        // A citation of the meeting leads to it, with the counts of the version it names.
        let citing = library.citing("A/RES/ES-11/10")
        #expect(citing.map(\.meeting.key) == ["S/PV.10124"])
        let version = try RecordLoader.load(path: try #require(citing.first?.path))
        #expect(citing.first?.mentions == version.references.first { $0.id == "A/RES/ES-11/10" }?.mentions)
        #expect(library.search("Non-State actor", limit: 5).contains { $0.symbol == "S/RES/1540 (2004)" })
    }

    @Test func readsAResolutionsTextWithoutItsPageFurniture() throws {
        let text = try #require(ResolutionText.load(path: RealFixtures.path("resolutions/S-RES-1540(2004).txt")))
        #expect(text.symbol == "S/RES/1540 (2004)")
        #expect(text.title == "Resolution 1540 (2004)")
        #expect(text.adoption == "Adopted by the Security Council at its 4956th meeting, on 28 April 2004")
        #expect(text.isoDate == "2004-04-28")
        #expect(text.paragraphs.first == "The Security Council,")
        #expect(text.paragraphs.contains { $0.contains("in particular for terrorist purposes, as well as attempts") })
        #expect(!text.paragraphs.contains { $0 == "S/RES/1540 (2004)" || $0.hasPrefix("04-32843") || $0.hasPrefix("*0432843") })
        let old = try #require(ResolutionText.load(path: RealFixtures.path("resolutions/S-RES-255(1968).txt")))
        #expect(old.symbol == "S/RES/255 (1968)")
        #expect(old.isoDate == "1968-06-19")
        let scanned = try #require(ResolutionText.load(path: RealFixtures.path("resolutions/S-RES-751(1992).txt")))
        #expect(scanned.adoption == "Adopted by the Security Council at its 3069th meeting, on 24 April 1992")
        #expect(scanned.paragraphs.first == "The Security Council,")
    }
}

/// The grammar of a resolution's text on texts written here.
@Suite struct ResolutionTextTests {
    @Test func readsTheHeadAndJoinsParagraphsAcrossPages() throws {
        let text = """
            United Nations
            Security Council

            S/RES/9001 (2031)
            Distr.: General 3 May 2031

            Resolution 9001 (2031)
            Adopted by the Security Council at its 9999th meeting, on 3 May 2031
            The Security Council,
            Recalling its earlier decisions,
            1. Decides that all States shall report on their measures, in
            31-01234 (E)
            *3101234*

            S/RES/9001 (2031)
            particular on their borders;
            2/3
            2. Decides to remain seized of the matter.
            """
        let resolution = try #require(ResolutionText.parse(text))
        #expect(resolution.symbol == "S/RES/9001 (2031)")
        #expect(resolution.isoDate == "2031-05-03")
        #expect(resolution.paragraphs == [
            "The Security Council,", "Recalling its earlier decisions,",
            "1. Decides that all States shall report on their measures, in particular on their borders;",
            "2. Decides to remain seized of the matter.",
        ])
    }

    @Test func readsAFrenchHead() throws {
        let text = """
            S/RES/9002 (2031)
            Résolution 9002 (2031)
            Adoptée par le Conseil de sécurité à sa 9999e séance, le 3 mai 2031
            Le Conseil de sécurité,
            Rappelant ses résolutions antérieures,
            """
        let resolution = try #require(ResolutionText.parse(text))
        #expect(resolution.symbol == "S/RES/9002 (2031)")
        #expect(resolution.adoption?.hasPrefix("Adoptée") == true)
        #expect(resolution.paragraphs == ["Le Conseil de sécurité,", "Rappelant ses résolutions antérieures,"])
    }

    /// `recognises` decides from the head what `parse` decides from the whole text: at the
    /// edge of the head (the body's opening line as the 80th line, or the 81st), with either
    /// line end, and for the real resolutions and records.
    @Test func recognisesFromTheHeadWhatTheWholeTextParses() throws {
        for lineEnd in ["\n", "\r\n"] {
            for filler in [76, 77, 78] {
                let lines = ["S/RES/9003 (2031)", "Resolution 9003 (2031)"] + Array(repeating: "第1540（2004）号决议", count: filler)
                    + ["The Security Council,", "1. Decides to remain seized of the matter."]
                let text = lines.joined(separator: lineEnd)
                let parsed = ResolutionText.parse(text) != nil
                #expect(parsed == (filler + 2 < ResolutionText.headLines), "filler \(filler)")
                #expect(ResolutionText.recognises(text) == parsed, "filler \(filler)")
            }
        }
        guard RealFixtures.available else { return }
        let resolutions = try FileManager.default.contentsOfDirectory(atPath: RealFixtures.path("resolutions")).map { "resolutions/" + $0 }
        for name in resolutions + ["S_PV.10124_en.txt", "S_PV.10124_ru.txt"] {
            let bytes = try #require(FileBytes.read(RealFixtures.path(name)))
            let text = try #require(ResolutionText.decode(bytes))
            #expect(ResolutionText.recognises(text) == (ResolutionText.parse(text) != nil), "\(name)")
            #expect(ResolutionText.recognises(text) == name.hasPrefix("resolutions/"), "\(name)")
        }
        let chinese = try String(contentsOfFile: RealFixtures.chinese, encoding: .utf8)
        #expect(!ResolutionText.recognises(chinese))
    }

    @Test func aRecordOrALetterCitingAResolutionIsNotOne() {
        #expect(ResolutionText.parse("""
            The President: I thank the representative. Resolution 1540 (2004) is central.
            The Security Council, in its resolution S/RES/1540 (2004), decided.
            """) == nil)
        #expect(ResolutionText.parse("S/RES/1540 (2004)\nNothing else here.\n") == nil)
        #expect(ResolutionText.parse("") == nil)
    }
}
