/// Turns a character read from the terminal (`get_wch` returning a character, not a key code)
/// into a `Key`. Terminals send Backspace as 0x7F or 0x08, Enter as CR or LF, and Ctrl with a
/// letter as the codes 0x01–0x1A.
enum KeyDecoder {
    /// The key for the character `code`, or `nil` for a code that is no key (NUL, a lone C1
    /// control, a surrogate).
    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0x00, 0x1C...0x1F, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
