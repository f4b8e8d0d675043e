import Foundation

/// Resolves instrument citations (short forms, generic back-references) and builds the record's
/// index of cited things, in one pass over the citations in reading order.
enum ReferenceIndex {
    /// Final words of instrument names that, alone in `《》`, refer back to an instrument
    /// named before (`《条约》` → the treaty last named).
    static let genericNames: Set<String> = [
        "条约", "公约", "议定书", "行动计划", "计划", "协定", "协议", "宪章", "守则", "宣言", "决定",
        "战略", "框架", "议程", "文书", "章程", "规约", "准则", "纲领", "方案", "倡议", "备忘录",
        "行为守则", "框架公约", "决议", "声明", "承诺", "路线图", "任务规定",
    ]

    /// Public link of a UN symbol in the record's language.
    static func url(for id: String, kind: ReferenceKind, language: String) -> String? {
        guard kind != .instrument else { return nil }
        return "https://undocs.org/\(language)/" + id.replacingOccurrences(of: " (", with: "(")
    }

    static func resolve(_ record: inout Record, shortForms: [String: String]) {
        var index: [String: Int] = [:]
        var references: [Reference] = []
        let language = record.meeting.language

        func resolveInstrument(_ citation: inout Citation, recent: inout [(id: String, written: String)]) {
            let written = citation.text.filter { $0 != "《" && $0 != "》" && $0 != " " }
            if let full = shortForms[written] {
                citation.id = "《\(full)》"
            } else if genericNames.contains(written) {
                citation.id = recent.last(where: { $0.written.hasSuffix(written) || $0.id.dropLast().hasSuffix(written) })?.id
                return
            } else {
                citation.id = "《\(written)》"
            }
            if let id = citation.id { recent.append((id, written)) }
        }

        func count(_ citation: Citation, statement: Int?) {
            guard let id = citation.id else { return }
            if let k = index[id] {
                references[k].mentions += 1
                if let statement, references[k].statements.last != statement { references[k].statements.append(statement) }
            } else {
                index[id] = references.count
                references.append(Reference(
                    id: id, kind: citation.kind, url: url(for: id, kind: citation.kind, language: language),
                    mentions: 1, statements: statement.map { [$0] } ?? []))
            }
        }

        var agendaCursor = 0
        for block in record.blocks {
            switch block {
            case .procedural(let p):
                var recent: [(id: String, written: String)] = []
                for c in record.procedural[p].references.indices {
                    if record.procedural[p].references[c].kind == .instrument {
                        resolveInstrument(&record.procedural[p].references[c], recent: &recent)
                    }
                    count(record.procedural[p].references[c], statement: nil)
                }
                if record.procedural[p].kind == .agendaItem, agendaCursor < record.agenda.count {
                    record.agenda[agendaCursor].references = record.procedural[p].references
                    agendaCursor += 1
                }
            case .statement(let s):
                var recent: [(id: String, written: String)] = []
                let number = record.statements[s].index
                for p in record.statements[s].paragraphs.indices {
                    for c in record.statements[s].paragraphs[p].references.indices {
                        if record.statements[s].paragraphs[p].references[c].kind == .instrument {
                            resolveInstrument(&record.statements[s].paragraphs[p].references[c], recent: &recent)
                        }
                        count(record.statements[s].paragraphs[p].references[c], statement: number)
                    }
                }
            case .unattributed:
                break
            }
        }
        record.references = references
    }
}
