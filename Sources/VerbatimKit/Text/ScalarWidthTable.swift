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
        let blockCount = 0x110000 >> 8
        var index = [UInt16](repeating: 0, count: blockCount)
        var storage: [UInt8] = []
        var seen: [[UInt8]: UInt16] = [:]
        var block = [UInt8](repeating: 0, count: 256)
        var run = 0
        for blockNumber in 0..<blockCount {
            let base = UInt32(blockNumber << 8)
            for offset in 0..<256 {
                let scalar = base | UInt32(offset)
                while run + 1 < runs.count && (runs[run + 1] >> 8) <= scalar { run += 1 }
                var entry = UInt8(truncatingIfNeeded: runs[run])
                if Self.changesClusterWidth(scalar) { entry |= Self.clusterSensitive }
                block[offset] = entry
            }
            if let known = seen[block] {
                index[blockNumber] = known
            } else {
                let number = UInt16(storage.count >> 8)
                seen[block] = number
                storage.append(contentsOf: block)
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
    static func changesClusterWidth(_ value: UInt32) -> Bool {
        value == 0x200D || value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(value) || (0x1F1E6...0x1F1FF).contains(value)
    }
}
