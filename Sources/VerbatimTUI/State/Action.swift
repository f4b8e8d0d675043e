/// Everything a key can ask the browser to do. `update` sees actions, not keys; the help screen
/// lists every action under its group with the keys bound to it (see `Keymap`).
public enum Action: String, CaseIterable, Sendable {
    case nextPane, previousPane
    case lineDown, lineUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
    case nextStatement, previousStatement, openStatement, goToStatement, speakerJump, overview
    case follow, nextMention, previousMention, citingStatements, openLink, openRecord, toggleReferences
    case search, nextMatch, previousMatch
    case nextPrimaryVersion, flipVersion
    case openMeeting, sortMeetings, filterMeetings, searchLibrary
    case citingMeetings, countryStatements, personStatements
    case back, forward
    case toggleMouse, zoom
    case copyCitation, copyStatement, help, cancel, redraw, suspend, quit

    /// The help screen's sections, in the order they are shown.
    public enum Group: String, CaseIterable, Sendable {
        case moving = "Moving"
        case statements = "Statements"
        case references = "References"
        case search = "Search"
        case versions = "Versions (several files of one meeting)"
        case library = "Library (verbatim DIR)"
        case history = "History"
        case other = "Other"
    }

    /// The section of the help screen the action is listed in.
    public var group: Group {
        switch self {
        case .nextPane, .previousPane, .lineDown, .lineUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .top, .bottom: .moving
        case .nextStatement, .previousStatement, .openStatement, .goToStatement, .speakerJump, .overview: .statements
        case .follow, .nextMention, .previousMention, .citingStatements, .openLink, .openRecord, .toggleReferences:
            .references
        case .search, .nextMatch, .previousMatch: .search
        case .nextPrimaryVersion, .flipVersion: .versions
        case .openMeeting, .sortMeetings, .filterMeetings, .searchLibrary, .citingMeetings, .countryStatements, .personStatements:
            .library
        case .back, .forward: .history
        case .toggleMouse, .zoom, .copyCitation, .copyStatement, .help, .cancel, .redraw, .suspend, .quit: .other
        }
    }

    /// One line saying what the action does, as the help screen shows it.
    public var summary: String {
        switch self {
        case .nextPane: "next pane"
        case .previousPane: "previous pane"
        case .lineDown: "down a line (statement) or an item (lists)"
        case .lineUp: "up a line (statement) or an item (lists)"
        case .halfPageDown: "down half a page"
        case .halfPageUp: "up half a page"
        case .pageDown: "down a page; at the end of a statement, the next one"
        case .pageUp: "up a page"
        case .top: "to the top"
        case .bottom: "to the bottom"
        case .nextStatement: "next statement, from any pane"
        case .previousStatement: "previous statement, from any pane"
        case .openStatement: "open the selected statement"
        case .goToStatement: "go to statement N (type the number, then Enter)"
        case .speakerJump: "jump to a speaker by part of the name or country"
        case .overview: "the meeting at a glance; again: back to where you were"
        case .follow: "follow the selected reference to its next mention anywhere"
        case .nextMention: "next mention of the selected reference"
        case .previousMention: "previous mention of the selected reference"
        case .citingStatements: "list the statements that cite the selected reference"
        case .openLink: "open the reference's undocs.org page"
        case .openRecord: "open the cited document (from the library, else from this folder)"
        case .toggleReferences: "show or hide the references below 100 columns; focus them when wider"
        case .search: "search the whole meeting (type the text, then Enter)"
        case .nextMatch: "next match, across statements"
        case .previousMatch: "previous match, across statements"
        case .nextPrimaryVersion: "make the next version primary (its speakers, references and search)"
        case .flipVersion: "below 120 columns: show the next version in place"
        case .openMeeting: "open the selected meeting (its language versions side by side)"
        case .sortMeetings: "sort the meetings by date or by symbol"
        case .filterMeetings: "filter the meetings as you type (symbol, title or date)"
        case .searchLibrary: "search every meeting of the library (type the text, then Enter)"
        case .citingMeetings: "list the other meetings of the library citing the selected reference"
        case .countryStatements: "list every statement in the library by this statement's country"
        case .personStatements: "list every statement in the library by this statement's speaker"
        case .back: "back to where you were before the last jump (or to the meetings list)"
        case .forward: "forward again"
        case .toggleMouse: "leave the mouse to the terminal (to select text) or take it back"
        case .zoom: "the statement alone, the full width (to select a quote)"
        case .copyCitation: "copy the paragraph at the top of the text, with its source"
        case .copyStatement: "copy the current statement as Markdown (the same way as y)"
        case .help: "this help"
        case .cancel: "close a list, the help or the references; clear the search"
        case .redraw: "redraw the screen"
        case .suspend: "suspend (fg resumes)"
        case .quit: "quit"
        }
    }
}
