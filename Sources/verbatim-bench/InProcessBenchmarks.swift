import Foundation
import VerbatimKit
import VerbatimTUI

/// The measurements taken inside the bench's own process.
enum InProcessBenchmarks {
    /// Reading, decoding and parsing a file into the full model, per run.
    static func load(path: String, plan: RunPlan) throws -> Samples {
        try plan.collect(warmUp: false) {
            let (record, timing) = try MonotonicClock.time { try RecordLoader.load(path: path) }
            consume(record.statements.count)
            return timing
        }
    }

    /// Parsing text already in memory into the full model, per run.
    static func parse(text: String, plan: RunPlan) -> Samples {
        plan.collect(warmUp: false) {
            let (record, timing) = MonotonicClock.time { RecordLoader.parse(text) }
            consume(record.references.count)
            return timing
        }
    }

    /// Every text of a record a reader can scroll through, with its citations as glue ranges.
    static func wrappableTexts(of record: Record) -> [(text: String, glue: [Range<Int>])] {
        var texts: [(String, [Range<Int>])] = []
        for line in record.procedural {
            texts.append((line.text, line.references.map { $0.start..<$0.end }))
        }
        for statement in record.statements {
            texts.append((statement.speaker.label, []))
            for note in statement.notes { texts.append((note.text, [])) }
            for paragraph in statement.paragraphs {
                texts.append((paragraph.text, paragraph.references.map { $0.start..<$0.end }))
            }
        }
        for block in record.unattributed { texts.append((block.text, [])) }
        return texts
    }

    /// Wrapping every text of the record at `width` with a fresh wrapper (nothing cached), per run.
    static func wrap(_ texts: [(text: String, glue: [Range<Int>])], width: Int, plan: RunPlan) -> (samples: Samples, lines: Int) {
        var lines = 0
        let samples = plan.collect {
            let (count, timing) = MonotonicClock.time { () -> Int in
                let wrapper = LineWrapper()
                var count = 0
                for item in texts { count += wrapper.wrap(item.text, width: width, glue: item.glue).count }
                return count
            }
            lines = count
            return timing
        }
        return (samples, lines)
    }

    /// One keypress frame at `size`: `}` (next statement) applied to the state, the whole screen
    /// rendered to a grid, and the grid compared with the previous one. Each round starts from a
    /// fresh state (not timed) and presses `}` `pressesPerRound` times, so every frame shows a
    /// statement not shown before in that state.
    static func frames(record: Record, path: String, size: Size, pressesPerRound: Int, plan: RunPlan) -> (samples: Samples, changedCells: Int) {
        var samples = Samples()
        var changed = 0
        let start = MonotonicClock.now()
        var rounds = 0
        while rounds < plan.minimum
            || (rounds < plan.maximum && Double(MonotonicClock.now() - start) / 1e9 < plan.budget) {
            var state = AppState(record: record, path: path, colors: true, size: size)
            _ = App.update(&state, .resize(size))
            var previous = App.render(state, size: size)
            for _ in 0..<pressesPerRound {
                let ((effects, grid, cells), timing) = MonotonicClock.time { () -> ([Effect], Grid, Int) in
                    let effects = App.update(&state, .key(.character("}")))
                    let grid = App.render(state, size: size)
                    return (effects, grid, GridChanges.count(from: previous, to: grid))
                }
                consume(effects)
                samples.add(timing)
                changed += cells
                previous = grid
            }
            rounds += 1
        }
        return (samples, changed)
    }
}
