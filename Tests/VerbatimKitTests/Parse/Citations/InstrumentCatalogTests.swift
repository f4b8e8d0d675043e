import Testing
@testable import VerbatimKit

/// Instruments through the catalogue: one reference per instrument whatever name it is cited
/// by, in the fixture and in running text of the other languages.
@Suite struct InstrumentCatalogTests {
    let record = Fixture.record

    func reference(_ id: String) -> Reference? { record.references.first { $0.id == id } }

    @Test func theFixturesInstrumentsAreOneReferenceEach() throws {
        let npt = try #require(reference("NPT"))
        #expect(npt.mentions == 55)
        #expect(npt.names == ["不扩散核武器条约", "不扩散条约"])
        let jcpoa = try #require(reference("JCPOA"))
        #expect(jcpoa.mentions == 25 && jcpoa.statements.count == 12)
        #expect(Set(jcpoa.names) == ["联合全面行动计划", "全面行动计划", "关于伊朗核计划的联合全面行动计划", "联合综合行动计划"])
        #expect(reference("CWC")?.names.count == 2 && reference("BWC")?.names.count == 2)
        #expect(reference("Treaty of Tlatelolco")?.names.count == 3)
        #expect(reference("HCOC")?.names.count == 2)
        for id in ["CTBT", "TPNW", "UN Charter", "Treaty of Rarotonga", "Treaty of Bangkok", "Treaty of Pelindaba", "Semipalatinsk Treaty"] {
            #expect(reference(id) != nil, "\(id)")
        }
        // No instrument is left under a `《…》` id: every name resolves through the catalogue.
        #expect(record.references.filter { $0.kind == .instrument && $0.id.hasPrefix("《") }.map(\.id) == [])
        #expect(record.references.filter { $0.kind != .instrument }.allSatisfy { $0.names.isEmpty })
    }

    @Test func everyNameInTheFixtureResolves() {
        var names = Set<String>()
        for s in record.statements {
            for p in s.paragraphs {
                for c in p.references where c.kind == .instrument {
                    let name = c.text.filter { $0 != "《" && $0 != "》" && $0 != " " }
                    if !ReferenceIndex.genericNames.contains(ByteKey(name)) { names.insert(name) }
                }
            }
        }
        #expect(names.count >= 25)
        for name in names.sorted() {
            #expect(InstrumentCatalog.id(forName: name, language: "zh") != nil, "\(name)")
        }
    }

    @Test func anInstrumentOutsideTheCatalogueKeepsItsName() {
        let record = RecordLoader.parse("主席：《布鲁塞尔海上安全宣言》（《布鲁塞尔宣言》）很重要。《布鲁塞尔宣言》和《不扩散条约》。\n")
        #expect(record.references.map(\.id) == ["《布鲁塞尔海上安全宣言》", "NPT"])
        #expect(record.references.first?.names == ["布鲁塞尔海上安全宣言", "布鲁塞尔宣言"])
        #expect(record.references.first?.mentions == 3)
    }

    @Test func aBackReferenceMeansTheInstrumentNamedJustBefore() {
        let c = RecordLoader.parse("主席：《全面禁止核试验条约》尚未生效，该《条约》很重要。《联合全面行动计划》和该《行动计划》。\n")
            .statements[0].paragraphs[0].references
        #expect(c.map(\.id) == ["CTBT", "CTBT", "JCPOA", "JCPOA"])
    }

    @Test func namesAreFoundInRunningText() {
        func ids(_ text: String, _ language: String) -> [String] {
            CitationProbe.scan(text, language: language).filter { $0.kind == .instrument }.compactMap(\.catalogId)
        }
        #expect(ids("in violation of the Charter of the United Nations and the NPT.", "en") == ["UN Charter", "NPT"])
        #expect(ids("the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)", "en") == ["NPT", "NPT"])
        #expect(ids("the Comprehensive Nuclear-Test-Ban Treaty and the CTBTO", "en") == ["CTBT"])
        #expect(ids("conformément à la Charte des Nations Unies", "fr") == ["UN Charter"])
        #expect(ids("la Carta de las Naciones Unidas", "es") == ["UN Charter"])
        #expect(ids("в соответствии с Уставом Организации Объединенных Наций", "ru") == ["UN Charter"])
        #expect(ids("нарушение Устава Организации Объе- диненных Наций", "ru") == ["UN Charter"])
        #expect(ids("ينسجم مع وميثاق األمم المتحدة والقانون", "ar") == ["UN Charter"])
        let c = CitationProbe.scan("нарушение Устава Организации Объе- диненных Наций", language: "ru")
        #expect(c.first?.key == "Устава Организации Объединенных Наций")
        // Names of another language are not looked for.
        #expect(ids("the Charte des Nations Unies", "en") == [])
    }

    @Test func everyNameBelongsToOneInstrument() {
        for language in ["zh", "en", "fr", "es", "ru", "ar"] {
            var seen: [String: String] = [:]
            for entry in InstrumentCatalog.entries {
                for name in entry.names[language] ?? [] {
                    #expect(seen[name] == nil, "\(language): \(name) is \(seen[name] ?? "") and \(entry.id)")
                    seen[name] = entry.id
                }
            }
        }
        let ids = InstrumentCatalog.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ["NPT", "CTBT", "CWC", "BWC", "JCPOA", "TPNW", "Treaty of Tlatelolco", "Treaty of Rarotonga",
                   "Treaty of Bangkok", "Treaty of Pelindaba", "Semipalatinsk Treaty", "HCOC", "UN Charter"] {
            #expect(InstrumentCatalog.instrument(id: id)?.names["en"]?.isEmpty == false, "\(id)")
        }
    }
}

/// Generic nouns in running text (`the Charter`) refer back to the instrument named last in the
/// statement, and are no citation when none was named.
@Suite struct GenericNounTests {
    func ids(_ paragraphs: [String], _ language: String) -> [[String?]] {
        var index = ReferenceIndex(language: language)
        index.startScope()
        return paragraphs.map { paragraph in
            var text = paragraph
            return text.withUTF8 { index.add(index.scan($0), statement: 1, in: $0).map(\.id) }
        }
    }

    @Test func aNounMeansTheInstrumentNamedBefore() {
        #expect(ids(["We uphold the Charter of the United Nations.", "Under Article 2 of the Charter, States refrain."], "en")
            == [["UN Charter"], ["UN Charter"]])
        #expect(ids(["Le TNP est essentiel.", "Le Traité reste la pierre angulaire."], "fr") == [["NPT"], ["NPT"]])
        #expect(ids(["в соответствии с Уставом Организации Объединенных Наций", "статьей 2 Устава"], "ru")
            == [["UN Charter"], ["UN Charter"]])
        #expect(ids(["وفقا لميثاق الأمم المتحدة", "المادة الثانية من الميثاق"], "ar") == [["UN Charter"], ["UN Charter"]])
    }

    @Test func aNounAloneIsNoCitation() {
        #expect(ids(["Under Article 2 of the Charter, States refrain."], "en") == [[]])
        // Without its article a capitalised noun is not taken (`Treaty` in a title).
        #expect(ids(["The NPT is key.", "A Treaty body met."], "en") == [["NPT"], []])
    }

    @Test func namesExcludeNouns() {
        var index = ReferenceIndex(language: "en")
        for paragraph in ["the Charter of the United Nations and the United Nations Charter", "the Charter"] {
            var text = paragraph
            _ = text.withUTF8 { index.add(index.scan($0), statement: 1, in: $0) }
        }
        #expect(index.references.map(\.id) == ["UN Charter"])
        #expect(index.references.first?.mentions == 3)
        #expect(index.references.first?.names == ["Charter of the United Nations", "United Nations Charter"])
    }
}
