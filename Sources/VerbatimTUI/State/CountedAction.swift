import VerbatimKit

/// Counts typed before a key, as in vim and less (`5j` five lines down, `3}` three statements
/// on), and what an unbound key says.
extension AppState {
    /// What the status row says for a key bound to nothing.
    static let unknownKeyMessage = "unknown key — ? for help"

    /// The digit `key` adds to a count: `1`–`9` start one, `0` only continues one (ASCII and
    /// full-width digits alike).
    func countDigit(_ key: Key) -> Int? {
        guard case .character(let c) = key, let value = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else {
            return nil
        }
        let digit: Int
        switch value {
        case 0x30...0x39: digit = Int(value - 0x30)
        case 0xFF10...0xFF19: digit = Int(value - 0xFF10)
        default: return nil
        }
        return digit > 0 || count != nil ? digit : nil
    }

    /// Performs `action` `times` times: lines and pages move that far at once; statements,
    /// matches and mentions step that many times (at most once per entry, so a huge count
    /// stops at the end); anything else happens once.
    mutating func perform(_ action: Action, times: Int) -> [Effect] {
        let times = max(1, times)
        switch action {
        case .lineDown where focus == .statement || times > 1, .lineUp where focus == .statement || times > 1:
            move(by: action == .lineDown ? times : -times)
            return []
        case .pageDown, .pageUp, .halfPageDown, .halfPageUp, .nextStatement, .previousStatement,
            .nextMatch, .previousMatch, .nextMention, .previousMention:
            var effects: [Effect] = []
            // In the meetings list the steps are its rows.
            let steps = focus == .meetings ? (library?.shown.count ?? 0) : document.entries.count
            for _ in 0..<min(times, steps + 1) {
                effects += perform(action)
            }
            return effects
        default:
            return perform(action)
        }
    }
}
