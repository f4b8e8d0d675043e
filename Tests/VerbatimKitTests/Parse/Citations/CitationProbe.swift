import Foundation
@testable import VerbatimKit

/// Runs the citation scanner on text as the parser hands it over: one paragraph at a time.
enum CitationProbe {
    /// The citations of `text`, scanned as one paragraph in the forms of `language`.
    static func scan(_ text: String, language: String) -> [ScannedCitation] {
        var s = text
        let words = LanguageProfile.named(language)?.citations ?? CitationWords(language: language)
        return s.withUTF8 { bytes in
            CitationScanner.scan(bytes, words: words).map { ScannedCitation(raw: $0, text: UTF8Scalars.string(bytes, Int($0.from), Int($0.to))) }
        }
    }

    /// The ids `text` cites, in order (instruments by catalogue id or written name).
    static func ids(_ text: String, language: String) -> [String] {
        scan(text, language: language).map { $0.catalogId ?? $0.key }
    }

    /// A real record's lines joined as a paragraph assembler joins a paragraph's lines: with a
    /// space, and without the hyphen when a line ends inside a word (`резо-` + `люцию`).
    static func joinedLines(of path: String) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if out.hasSuffix("-"), let previous = out.dropLast().last, previous.isLetter,
               let first = trimmed.first, first.isLetter, first.isLowercase {
                out.removeLast()
            } else if !out.isEmpty {
                out += " "
            }
            out += trimmed
        }
        return out
    }

    /// How many times each id is cited in the whole of a real record.
    static func counts(ofRecord name: String, language: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for c in scan(joinedLines(of: SharedFixtures.path(name)), language: language) {
            counts[c.catalogId ?? c.key, default: 0] += 1
        }
        return counts
    }
}

/// A raw citation with its text as written, made from the text it was scanned in.
@dynamicMemberLookup
struct ScannedCitation {
    let raw: RawCitation
    let text: String

    subscript<T>(dynamicMember field: KeyPath<RawCitation, T>) -> T { raw[keyPath: field] }
}
