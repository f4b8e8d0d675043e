import VerbatimKit

/// The ambiguous-width probe, the parts that need no terminal: `•` (U+2022, East Asian
/// ambiguous) is written at a known cell, followed by the cursor-position request `ESC [ 6 n`;
/// the terminal answers `ESC [ row ; column R`, and the column the cursor reached says how many
/// columns it drew `•` in. No answer within `timeout` means narrow.
struct AmbiguousWidthProbe: Equatable {
    /// The cell `•` is written at (0-based).
    var row: Int
    var column: Int

    /// How long the terminal has to answer.
    static let timeoutMilliseconds = 100

    /// The character probed: ambiguous in East Asian Width, narrow in `wcwidth`.
    static let character: Character = "\u{2022}"

    /// The probe for a screen of `size`: on the last row, whose number is never 1 when the screen
    /// has two rows or more (an answer on row 1, `ESC [ 1 ; 2 R`, reads as Shift-F3 to curses);
    /// `nil` when the screen is too small to probe.
    init?(screen size: Size) {
        guard size.height >= 2, size.width >= 3 else { return nil }
        row = size.height - 1
        column = 0
    }

    /// What to write, given the terminal's cursor-move string for a cell.
    func query(moveTo: (Int, Int) -> String) -> String {
        moveTo(row, column) + String(Self.character) + "\u{1B}[6n"
    }

    /// The width the answer gives: 1-based `reportedColumn` one past `•` means narrow, two past
    /// means wide; anything else (the answer of another query, a terminal that moved the cursor)
    /// is no answer.
    func width(reportedRow: Int, reportedColumn: Int) -> AmbiguousWidth? {
        guard reportedRow == row + 1 else { return nil }
        switch reportedColumn - 1 - column {
        case 1: return .narrow
        case 2: return .wide
        default: return nil
        }
    }

    /// The row and column of a cursor-position report given as the characters after its ESC
    /// (`[24;2R`); `nil` when they are not one.
    static func report(_ characters: [UInt32]) -> (row: Int, column: Int)? {
        guard characters.count >= 5, characters.first == 0x5B, characters.last == 0x52 else { return nil }
        let body = characters.dropFirst().dropLast()
        let parts = body.split(separator: 0x3B, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 5, part.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            numbers.append(part.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        return (numbers[0], numbers[1])
    }

    /// True while `characters` (after an ESC) may still grow into a cursor-position report.
    static func mayBeReport(_ characters: [UInt32]) -> Bool {
        guard let first = characters.first else { return true }
        guard first == 0x5B, characters.count <= 13 else { return false }
        var semicolons = 0
        for c in characters.dropFirst() {
            if c == 0x3B { semicolons += 1 } else if c < 0x30 || c > 0x39 { return c == 0x52 && c == characters.last }
        }
        return semicolons <= 1
    }
}
