@testable import VerbatimLibrary

extension Library {
    /// True when FTS5 finds its full-text index in step with the paragraphs' text
    /// (`integrity-check`, which for an external-content table compares the two).
    func fullTextIsConsistent() -> Bool {
        (try? db.run("INSERT INTO paragraph_text(paragraph_text, rank) VALUES ('integrity-check', 1)")) != nil
    }
}
