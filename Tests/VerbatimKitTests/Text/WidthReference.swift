import CICU
import Foundation
import Glibc
@testable import VerbatimKit

/// The reference the width table is generated from and checked against: glibc's `wcwidth` under
/// `C.UTF-8`, and ICU's East Asian Width "A" for the ambiguous switch.
enum WidthReference {
    /// `wcwidth` under C.UTF-8 for every scalar value 0...0x10FFFF (surrogates included, -1).
    static let wcwidths: [Int8] = {
        let saved = String(cString: setlocale(LC_CTYPE, nil))
        guard setlocale(LC_ALL, "C.UTF-8") != nil else { fatalError("C.UTF-8 locale is missing") }
        defer { setlocale(LC_ALL, saved) }
        return (0..<UInt32(0x110000)).map { Int8(wcwidth($0)) }
    }()

    /// glibc's `wcwidth` (its prototype is hidden from Swift's Glibc module, so it is looked up).
    static let wcwidth: @convention(c) (UInt32) -> Int32 = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth") else {
            fatalError("wcwidth not found")
        }
        return unsafeBitCast(symbol, to: (@convention(c) (UInt32) -> Int32).self)
    }()

    /// Bidi embeddings, overrides and isolates: shown as U+FFFD.
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The class the policy gives a scalar value.
    static func widthClass(_ value: UInt32) -> ScalarWidthClass {
        if value < 0x20 || value == 0x7F { return .caret }
        if (0x80...0x9F).contains(value) || isBidiControl(value) { return .replaced }
        switch wcwidths[Int(value)] {
        case 0: return .zero
        case 2: return .wide
        case 1: return vb_east_asian_width_is_ambiguous(value) == 1 ? .ambiguous : .narrow
        default: return .replaced
        }
    }

    /// The runs of `ScalarWidthRuns.runs`: `start << 8 | class` wherever the class changes.
    static func runs() -> [UInt32] {
        var runs: [UInt32] = []
        var previous: ScalarWidthClass?
        for value in 0..<UInt32(0x110000) {
            let kind = widthClass(value)
            if kind != previous {
                runs.append(value << 8 | UInt32(kind.rawValue))
                previous = kind
            }
        }
        return runs
    }

    /// Swift source of `ScalarWidthRuns.swift`.
    static func source() -> String {
        var text = """
        // Generated from glibc's wcwidth under C.UTF-8 and ICU's East Asian Width property by
        // Tests/VerbatimKitTests/Text/WidthReference.swift. Do not edit; regenerate with:
        //   VERBATIM_WRITE_WIDTH_TABLE=1 swift test --filter writeWidthTable

        /// Runs of `ScalarWidthClass` over all scalar values: each entry is `start << 8 | class`,
        /// and a run lasts until the next entry's start.
        enum ScalarWidthRuns {
            static let runs: [UInt32] = [

        """
        let all = runs()
        for chunkStart in stride(from: 0, to: all.count, by: 8) {
            let chunk = all[chunkStart..<min(chunkStart + 8, all.count)]
            text += "        " + chunk.map { "0x" + String($0, radix: 16, uppercase: true).leftPadded(to: 8) + "," }
                .joined(separator: " ") + "\n"
        }
        text += "    ]\n}\n"
        return text
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
