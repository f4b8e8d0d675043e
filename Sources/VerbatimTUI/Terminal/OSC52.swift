import Foundation

/// The OSC 52 escape that asks the terminal to put text on the system clipboard.
enum OSC52 {
    /// The escape for `text`: `ESC ] 52 ; c ; <base64> BEL`. Base64 keeps any control
    /// character in `text` from reaching the terminal raw.
    static func sequence(for text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
