import VerbatimKit

/// A vote as the statement pane draws it, in place before the paragraph where the record
/// says it was taken: a rule, the counts of each side, the draft and the resolution, a rule.
enum VoteBlock {
    /// The block's lines, before wrapping.
    static func texts(for vote: Vote, rule: Character = BorderGlyphs.lines.horizontal) -> [String] {
        let rule2 = String(repeating: rule, count: 2)
        var heading = "Vote"
        if let draft = vote.draft { heading += " on \(draft)" }
        if let method = vote.method { heading += " (\(method))" }
        let counts = "\(vote.inFavour.count) in favour · \(vote.against.count) against · \(vote.abstaining.count) abstaining"
        var lines = ["\(rule2) \(heading) \(rule2)", counts]
        if let resolution = vote.resolution { lines.append("Adopted as \(resolution)") }
        if !vote.against.isEmpty { lines.append("Against: " + vote.against.joined(separator: ", ")) }
        if !vote.abstaining.isEmpty { lines.append("Abstaining: " + vote.abstaining.joined(separator: ", ")) }
        lines.append(rule2)
        return lines
    }

    /// The lines of the votes of `entry` that stand before paragraph `index`, wrapped to `width`.
    static func lines(of entry: Entry, before index: Int, width: Int, wrapper: LineWrapper) -> [StatementLine] {
        let count = entry.paragraphs.count
        var result: [StatementLine] = []
        for vote in entry.votes where min(max(0, vote.position?.paragraph ?? count), count) == index {
            for text in texts(for: vote, rule: BorderGlyphs.fitting(wrapper.displayWidth).horizontal) {
                for line in wrapper.wrap(text, width: width) {
                    result.append(StatementLine(kind: .note, paragraph: index, start: 0, end: 0, text: String(line.text)))
                }
            }
        }
        return result
    }
}
