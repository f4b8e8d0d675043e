#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the width table says about one scalar: how it is drawn and how many columns it takes.
enum ScalarWidthClass: UInt8, Sendable, CaseIterable {
    /// Drawn on the previous cell (combining marks, joiners, variation selectors): 0 columns.
    case zero = 0
    /// One column.
    case narrow = 1
    /// Two columns (East Asian Wide and Fullwidth, most emoji).
    case wide = 2
    /// East Asian Width "A": one column as `wcwidth` says, two when the ambiguous switch says wide.
    case ambiguous = 3
    /// A C0 control or DEL, shown in caret form (`^[`, `^?`): 2 columns.
    case caret = 4
    /// A C1 control, a bidi embedding/override/isolate, or a scalar `wcwidth` rejects (unassigned,
    /// noncharacter): shown as U+FFFD, which counts as an ambiguous-width character.
    case replaced = 5
}

/// The scalar width table: a two-level lookup (256-scalar blocks, identical blocks shared) built
/// once from the generated runs in `ScalarWidthRuns.swift`. Each entry is a `ScalarWidthClass` raw
/// value, plus `clusterSensitive` for the scalars that change a grapheme cluster's width (ZWJ,
/// U+FE0F, emoji modifiers, regional indicators).
struct ScalarWidthTable: @unchecked Sendable {
    /// Set on scalars after which a cluster's width is not the plain sum of its scalars' widths.
    static let clusterSensitive: UInt8 = 0x10
    /// Mask for the class part of an entry.
    static let classMask: UInt8 = 0x0F

    /// The table, built on first use.
    static let shared = ScalarWidthTable(runs: ScalarWidthRuns.runs)

    // Immutable after construction and never freed: the table lives as long as the process.
    private let blockIndex: UnsafeBufferPointer<UInt16>
    private let blocks: UnsafeBufferPointer<UInt8>

    init(runs: [UInt32]) {
        let scalarCount = 0x110000
        // Every scalar's entry, filled run by run, then cut into blocks that are shared when equal.
        var flat = [UInt8](repeating: ScalarWidthClass.replaced.rawValue, count: scalarCount)
        flat.withUnsafeMutableBufferPointer { entries in
            for (number, run) in runs.enumerated() {
                let lower = Int(run >> 8)
                let upper = number + 1 < runs.count ? Int(runs[number + 1] >> 8) : scalarCount
                guard lower < upper, upper <= scalarCount else { continue }
                UnsafeMutableBufferPointer(rebasing: entries[lower..<upper])
                    .update(repeating: UInt8(truncatingIfNeeded: run))
            }
            for range in Self.clusterSensitiveRanges {
                for value in range { entries[Int(value)] |= Self.clusterSensitive }
            }
        }
        let blockCount = scalarCount >> 8
        var index = [UInt16](repeating: 0, count: blockCount)
        var storage: [UInt8] = []
        // Block number of the uniform block of each entry value, and of the mixed blocks by a
        // hash of their contents (confirmed byte for byte): built once at start, so kept cheap.
        var uniformBlocks = [Int](repeating: -1, count: 256)
        var mixedBlocks: [UInt64: [UInt16]] = [:]
        flat.withUnsafeBufferPointer { entries in
            let raw = UnsafeRawPointer(entries.baseAddress!)
            for blockNumber in 0..<blockCount {
                let start = blockNumber << 8
                let first = entries[start]
                let repeated = UInt64(first) &* 0x0101_0101_0101_0101
                var uniform = true
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for k in stride(from: 0, to: 256, by: 8) {
                    let word = raw.loadUnaligned(fromByteOffset: start + k, as: UInt64.self)
                    if word != repeated { uniform = false }
                    hash = (hash ^ word) &* 0x0000_0100_0000_01B3
                }
                if uniform, uniformBlocks[Int(first)] >= 0 {
                    index[blockNumber] = UInt16(uniformBlocks[Int(first)])
                    continue
                }
                if !uniform, let candidates = mixedBlocks[hash] {
                    var known: UInt16?
                    for candidate in candidates {
                        let same = storage.withUnsafeBufferPointer {
                            memcmp($0.baseAddress! + Int(candidate) << 8, raw + start, 256) == 0
                        }
                        if same { known = candidate; break }
                    }
                    if let known {
                        index[blockNumber] = known
                        continue
                    }
                }
                let number = UInt16(storage.count >> 8)
                if uniform { uniformBlocks[Int(first)] = Int(number) } else { mixedBlocks[hash, default: []].append(number) }
                storage.append(contentsOf: UnsafeBufferPointer(start: entries.baseAddress! + start, count: 256))
                index[blockNumber] = number
            }
        }
        let indexBuffer = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: index.count)
        _ = indexBuffer.initialize(from: index)
        let blockBuffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: storage.count)
        _ = blockBuffer.initialize(from: storage)
        blockIndex = UnsafeBufferPointer(indexBuffer)
        blocks = UnsafeBufferPointer(blockBuffer)
    }

    /// The entry for a scalar value (class and flags).
    @inline(__always)
    func entry(_ value: UInt32) -> UInt8 {
        guard value < 0x110000 else { return ScalarWidthClass.replaced.rawValue }
        let block = Int(blockIndex[Int(value >> 8)])
        return blocks[block << 8 | Int(value & 0xFF)]
    }

    /// The class of a scalar.
    @inline(__always)
    func widthClass(_ scalar: Unicode.Scalar) -> ScalarWidthClass {
        ScalarWidthClass(rawValue: entry(scalar.value) & Self.classMask) ?? .replaced
    }

    /// Zero-width joiner, emoji presentation selector, emoji skin-tone modifiers, regional indicators.
    static let clusterSensitiveRanges: [ClosedRange<UInt32>] = [
        0x200D...0x200D, 0xFE0F...0xFE0F, 0x1F3FB...0x1F3FF, 0x1F1E6...0x1F1FF,
    ]
}
