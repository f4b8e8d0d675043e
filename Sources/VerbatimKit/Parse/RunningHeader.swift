/// What a running header (`S/PV.8160    不扩散大规模毁灭性武器    18/01/2018`) tells of the
/// meeting: its symbol and its date, which stand for the cover's when the cover is missing.
enum RunningHeader {
    /// The record symbol (without its part) and the ISO date of a header's text.
    static func facts(_ text: String) -> (symbol: String?, isoDate: String?) {
        let symbol = RecordSymbol.find(in: text)?.symbol
        var isoDate: String?
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let parts = token.split(separator: "/")
            guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
                  let day = Int(parts[0]), let month = Int(parts[1]), Int(parts[2]) != nil,
                  (1...31).contains(day), (1...12).contains(month) else { continue }
            isoDate = "\(parts[2])-\(parts[1])-\(parts[0])"
            break
        }
        return (symbol, isoDate)
    }
}
