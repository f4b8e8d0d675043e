/// The record's statement paragraphs as runs of adjacent bytes, so that words are searched for
/// in all of them with one search per run (`ByteNeedles`) instead of one per paragraph and word.
///
/// The parser writes the paragraphs one after the other into its text buffers, so most of a
/// record is a few long runs. A hit is reported only when it lies inside one paragraph: a word
/// that would straddle two is not in the text.
struct ParagraphRuns {
    /// Where one paragraph is: its statement, its index there, and its bytes' start in its run.
    struct Location {
        var statement: Int32
        var paragraph: Int32
        var start: Int
    }

    /// A run: its first byte, and its paragraphs `locations[first..<end]`.
    private struct Run {
        var base: UnsafePointer<UInt8>
        var count: Int
        var first: Int
        var end: Int
    }

    /// Kept so that the paragraphs' buffers live as long as the pointers into them.
    private let record: Record
    private var locations: [Location] = []
    private var runs: [Run] = []

    /// The runs of the paragraphs of `record`'s statements that `include` takes (all of them
    /// by default).
    init(_ record: Record, of include: (Statement) -> Bool = { _ in true }) {
        self.record = record
        var count = 0
        for s in record.statements.indices { count += record.statements[s].paragraphs.count }
        locations.reserveCapacity(count)
        var open: Run?
        // Read through the arrays' storage: no copy (and no retain) of a statement or paragraph.
        record.statements.withUnsafeBufferPointer { statements in
            for s in statements.indices where include(statements[s]) {
                statements[s].paragraphs.withUnsafeBufferPointer { paragraphs in
                    for p in paragraphs.indices {
                        paragraphs[p].withUTF8 { bytes in
                            guard let base = bytes.baseAddress else { return }
                            if let run = open, run.base + run.count == base {
                                open!.count += bytes.count
                            } else {
                                if let run = open { runs.append(run) }
                                open = Run(base: base, count: bytes.count, first: locations.count, end: locations.count)
                            }
                            locations.append(Location(statement: Int32(s), paragraph: Int32(p), start: base - open!.base))
                            open!.end = locations.count
                        }
                    }
                }
            }
        }
        if let run = open { runs.append(run) }
    }

    /// The runs of the paragraphs of the statements `include` takes (by index), made from these
    /// runs without reading the paragraphs again.
    func restricted(toStatements include: (Int) -> Bool) -> ParagraphRuns {
        var restricted = ParagraphRuns(record: record)
        for run in runs {
            var open: Run?
            for k in run.first..<run.end {
                let start = locations[k].start
                let end = k + 1 < run.end ? locations[k + 1].start : run.count
                guard include(Int(locations[k].statement)) else {
                    if let taken = open { restricted.runs.append(taken) }
                    open = nil
                    continue
                }
                if open == nil {
                    open = Run(base: run.base + start, count: 0, first: restricted.locations.count, end: restricted.locations.count)
                }
                var location = locations[k]
                location.start = run.base + start - open!.base
                restricted.locations.append(location)
                open!.count += end - start
                open!.end = restricted.locations.count
            }
            if let taken = open { restricted.runs.append(taken) }
        }
        return restricted
    }

    /// No runs yet, over `record`.
    private init(record: Record) {
        self.record = record
    }

    /// Calls `body` for each place `needle` occurs inside a paragraph, in reading order, with
    /// the paragraph's location, its bytes and the offset there; `body` returns false to stop.
    /// Returns false when stopped.
    @discardableResult
    func forEachHit(
        of needle: [UInt8], _ body: (Location, UnsafeBufferPointer<UInt8>, Int) -> Bool
    ) -> Bool {
        forEachHit(ofAny: [needle]) { location, text, at, _ in body(location, text, at) }
    }

    /// `forEachHit(of:)` for several needles in one pass over the text; `body` also gets the
    /// index of the needle found (the first in order of those that start at one offset).
    @discardableResult
    func forEachHit(
        ofAny needles: [[UInt8]], _ body: (Location, UnsafeBufferPointer<UInt8>, Int, Int) -> Bool
    ) -> Bool {
        forEachHit(of: ByteNeedles(needles), body)
    }

    /// `forEachHit(ofAny:)` with the needles already held.
    @discardableResult
    func forEachHit(
        of needles: ByteNeedles, _ body: (Location, UnsafeBufferPointer<UInt8>, Int, Int) -> Bool
    ) -> Bool {
        runs.allSatisfy { search($0, needles, body) }
    }

    /// `forEachHit(of:)` in one run.
    private func search(
        _ run: Run, _ needles: ByteNeedles, _ body: (Location, UnsafeBufferPointer<UInt8>, Int, Int) -> Bool
    ) -> Bool {
        let words = needles.words
        let text = UnsafeBufferPointer(start: run.base, count: run.count)
        var offset = 0
        var k = run.first
        while let (at, which) = needles.firstHit(in: text, from: offset) {
            // The paragraph that holds the hit's first byte (hits come in order).
            while k + 1 < run.end, locations[k + 1].start <= at { k += 1 }
            let start = locations[k].start
            let end = k + 1 < run.end ? locations[k + 1].start : run.count
            let paragraph = UnsafeBufferPointer(start: run.base + start, count: end - start)
            // The first needle written there that ends inside the paragraph.
            let inside = at + words[which].count <= end ? which : words.indices.first { j in
                !words[j].isEmpty && at + words[j].count <= end
                    && words[j].elementsEqual(paragraph[(at - start)..<(at - start + words[j].count)])
            }
            if let inside, !body(locations[k], paragraph, at - start, inside) { return false }
            offset = at + 1
        }
        return true
    }

    /// The locations of the paragraphs that hold one of `needles`, each once, in reading order.
    func paragraphs(holdingAny needles: [[UInt8]]) -> [Location] {
        var found: [Location] = []
        forEachHit(ofAny: needles) { location, _, _, _ in
            if found.last.map({ $0.statement != location.statement || $0.paragraph != location.paragraph }) ?? true {
                found.append(location)
            }
            return true
        }
        return found
    }
}
