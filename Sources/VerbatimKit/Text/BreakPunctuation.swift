/// The punctuation rules of Chinese line breaking (避头尾): which characters may not start a line
/// and which may not end one.
enum BreakPunctuation {
    /// Closing and middle punctuation, which must not start a line: full-width, ASCII and
    /// half-width forms, the ellipsis and interpuncts.
    static func mayNotStartLine(_ value: UInt32) -> Bool {
        switch value {
        case 0x21, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D:  // ! ) , . : ; ? ] }
            return true
        case 0x00B7, 0x2022, 0x2027, 0x30FB, 0xFF65:  // · • ‧ ・ ･ interpuncts
            return true
        case 0x2019, 0x201D, 0x2026, 0x2025, 0x203C, 0x2047, 0x2048, 0x2049:  // ’ ” … ‥ ‼ ⁇ ⁈ ⁉
            return true
        case 0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0x301E, 0x301F:
            return true  // 、。〉》」』】〕〗〙〛〞〟
        case 0xFE50...0xFE57, 0xFE5A, 0xFE5C, 0xFE5E:  // small form variants
            return true
        case 0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0xFF60:
            return true  // ！）,．：；？］｝｠
        case 0xFF61, 0xFF63, 0xFF64:  // ｡ ｣ ､ half-width forms
            return true
        default:
            return false
        }
    }

    /// Opening punctuation, which must not end a line.
    static func mayNotEndLine(_ value: UInt32) -> Bool {
        switch value {
        case 0x28, 0x5B, 0x7B:  // ( [ {
            return true
        case 0x2018, 0x201C:  // ‘ “
            return true
        case 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D:
            return true  // 〈《「『【〔〖〘〚〝
        case 0xFE59, 0xFE5B, 0xFE5D:
            return true
        case 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62:  // （［｛｟｢
            return true
        default:
            return false
        }
    }

    /// Dashes and ellipses written doubled (`——`, `……`), which must not be split.
    static func isDoubledMark(_ value: UInt32) -> Bool {
        value == 0x2014 || value == 0x2026 || value == 0x2E3A || value == 0x2025 || value == 0x2015
    }
}
