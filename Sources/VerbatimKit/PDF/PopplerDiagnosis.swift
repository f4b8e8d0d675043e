#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads what poppler's tools (`pdftotext`, `pdfinfo`) report, as plain data: the page count in
/// `pdfinfo`'s output, and the one-line message for a failed run, from its exit status and the
/// errors it printed.
enum PopplerDiagnosis {
    /// What went wrong with a run, in the words shown to the user (after the file's path).
    static func failure(tool: String, ending: ChildProcess.Ending, errors: [UInt8], timeout: Double) -> String? {
        let text = String(decoding: errors, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { String($0) }
        let first = lines.first.map { ": " + $0 } ?? ""
        switch ending {
        case .exited(0):
            return nil
        case .notStarted(let code):
            return "cannot run \(tool) (\(errnoText(code)))"
        case .timedOut:
            return "\(tool) did not finish within \(secondsText(timeout)) s and was stopped "
                + "(set \(PDFTextExtractor.timeoutVariable) to allow longer)"
        case .signaled(let number):
            return "\(tool) failed (ended by signal \(number))"
        case .exited(let status):
            if text.contains("Incorrect password") {
                return "encrypted PDF: a password is needed to open it"
            }
            if status == 3 || text.contains("not allowed") {
                return "encrypted PDF: its permissions forbid copying its text"
            }
            if text.contains("Couldn't open file") { return "\(tool) cannot open the file\(first)" }
            // Status 1 is poppler's "error opening the PDF file": its structure cannot be read.
            if status == 1 || text.contains("Syntax Error") {
                return "damaged PDF (\(tool)\(first.isEmpty ? ": it cannot be read" : first))"
            }
            return "\(tool) failed (exit status \(status)\(first))"
        }
    }

    /// The warning for a run that succeeded but complained of errors in the file (poppler
    /// reads past some damage); `nil` when it printed no syntax errors.
    static func damageWarning(tool: String, errors: [UInt8]) -> String? {
        let text = String(decoding: errors, as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).first(where: { $0.contains("Error") }) else {
            return nil
        }
        return "the PDF has errors (\(tool): \(line)); some of its text may be missing"
    }

    /// The `Pages:` count in `pdfinfo`'s output.
    static func pageCount(inInfo output: [UInt8]) -> Int? {
        let text = String(decoding: output, as: UTF8.self)
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("Pages:") {
            return Int(line.dropFirst("Pages:".count).trimmingPrefix(while: { $0 == " " }))
        }
        return nil
    }

    private static func errnoText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    private static func secondsText(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
