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

    // Immutable after construction; read through the pointers, freed with the last copy of the
    // table (the shared one lives as long as the process).
    private let blockIndex: UnsafeBufferPointer<UInt16>
    private let blocks: UnsafeBufferPointer<UInt8>
    private let owner: Storage

    /// Owns the table's memory.
    private final class Storage {
        let blockIndex: UnsafeMutableBufferPointer<UInt16>
        let blocks: UnsafeMutableBufferPointer<UInt8>
        init(blockIndex: UnsafeMutableBufferPointer<UInt16>, blocks: UnsafeMutableBufferPointer<UInt8>) {
            self.blockIndex = blockIndex
            self.blocks = blocks
        }
        deinit {
            blockIndex.deallocate()
            blocks.deallocate()
        }
    }

    /// Builds the table block by block from `runs` (ascending starts, as generated): a block
    /// inside one run is that run's uniform block; only a block where runs change, or holding a
    /// cluster-sensitive scalar, is filled entry by entry. Nothing the size of the whole scalar
    /// range is allocated, so building it costs a few hundred thousand instructions at start-up.
    init(runs: [UInt32]) {
        let scalarCount = 0x110000
        let blockCount = scalarCount >> 8
        var index = [UInt16](repeating: 0, count: blockCount)
        var storage: [UInt8] = []
        // Block number of the uniform block of each entry value, and of the mixed blocks by a
        // hash of their contents (confirmed byte for byte).
        var uniformBlocks = [Int](repeating: -1, count: 256)
        var mixedBlocks: [UInt64: [UInt16]] = [:]
        var block = [UInt8](repeating: 0, count: 256)
        // The start of run `k`, and the value of the entries before the first run.
        func lower(_ k: Int) -> Int { k < runs.count ? Int(runs[k] >> 8) : scalarCount }
        func value(_ k: Int) -> UInt8 { k < 0 ? ScalarWidthClass.replaced.rawValue : UInt8(truncatingIfNeeded: runs[k]) }
        var sensitive = [Bool](repeating: false, count: blockCount)
        for range in Self.clusterSensitiveRanges {
            for number in Int(range.lowerBound >> 8)...Int(range.upperBound >> 8) { sensitive[number] = true }
        }
        // The run holding the current block's first scalar (-1: before the first run).
        var current = -1
        for blockNumber in 0..<blockCount {
            let start = blockNumber << 8
            let end = start + 256
            while lower(current + 1) <= start { current += 1 }
            if lower(current + 1) >= end, !sensitive[blockNumber] {
                let first = value(current)
                if uniformBlocks[Int(first)] < 0 {
                    uniformBlocks[Int(first)] = storage.count >> 8
                    storage.append(contentsOf: repeatElement(first, count: 256))
                }
                index[blockNumber] = UInt16(uniformBlocks[Int(first)])
                continue
            }
            let hash = block.withUnsafeMutableBufferPointer { entries -> UInt64 in
                var run = current
                var offset = 0
                while offset < 256 {
                    let upper = min(lower(run + 1), end) - start
                    UnsafeMutableBufferPointer(rebasing: entries[offset..<upper]).update(repeating: value(run))
                    offset = upper
                    run += 1
                }
                for range in Self.clusterSensitiveRanges where Int(range.upperBound) >= start && Int(range.lowerBound) < end {
                    for scalar in max(Int(range.lowerBound), start)...min(Int(range.upperBound), end - 1) {
                        entries[scalar - start] |= Self.clusterSensitive
                    }
                }
                let raw = UnsafeRawBufferPointer(entries)
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for k in stride(from: 0, to: 256, by: 8) {
                    hash = (hash ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                }
                return hash
            }
            if let known = mixedBlocks[hash]?.first(where: { candidate in
                storage[Int(candidate) << 8..<(Int(candidate) + 1) << 8].elementsEqual(block)
            }) {
                index[blockNumber] = known
                continue
            }
            let number = UInt16(storage.count >> 8)
            mixedBlocks[hash, default: []].append(number)
            storage.append(contentsOf: block)
            index[blockNumber] = number
        }
        let indexBuffer = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: index.count)
        _ = indexBuffer.initialize(from: index)
        let blockBuffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: storage.count)
        _ = blockBuffer.initialize(from: storage)
        blockIndex = UnsafeBufferPointer(indexBuffer)
        blocks = UnsafeBufferPointer(blockBuffer)
        owner = Storage(blockIndex: indexBuffer, blocks: blockBuffer)
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
