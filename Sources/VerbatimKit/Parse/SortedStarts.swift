extension RandomAccessCollection where Index == Int {
    /// In a collection whose elements' `start`s never decrease (lines, pages, pieces of a
    /// text), the index of the last element that starts at or before `offset`, found by
    /// binary search; `nil` when the first starts after it.
    @inline(__always)
    func lastIndex(startingAtOrBefore offset: Int, start: (Element) -> Int) -> Int? {
        var low = startIndex
        var high = endIndex
        while low < high {
            let mid = (low + high) / 2
            if start(self[mid]) <= offset { low = mid + 1 } else { high = mid }
        }
        return low > startIndex ? low - 1 : nil
    }
}
