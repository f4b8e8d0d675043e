import VerbatimKit

/// The browser's whole state: the document, what is shown, where the user is, and history.
/// A plain value: `App.update` changes it, `App.render` only reads it.
public struct AppState: Sendable {
    /// The record being read, with what is derived from it.
    public internal(set) var document: Document
    /// Whether the terminal has colours (false: the monochrome theme).
    public var colors: Bool
    /// Whether right-to-left text is reordered and shaped here or left to the terminal.
    public var bidi: BidiMode = .reorder
    /// The last size the app was told of.
    public var size: Size
    /// How ambiguous-width characters are counted and why (`setAmbiguousWidth`, the probe's
    /// event); `displayWidth` follows it.
    public private(set) var ambiguousWidth = AmbiguousWidthSetting(mode: .narrow)
    /// The width table the whole screen is measured, wrapped and drawn with.
    public var displayWidth: DisplayWidth { DisplayWidth(ambiguous: ambiguousWidth.width) }
    /// The key table in force (the default one, or the config file's).
    public var keyBindings = KeyBindings.standard
    /// The theme drawn with when the terminal has colours, and the one without.
    public var colorTheme = Theme.color
    public var monochromeTheme = Theme.monochrome
    /// The config file read at start-up, if any (the help names it).
    public var configPath: String?
    /// Names of the files in the record's folder, read once at load by the caller, so that `O`
    /// can tell whether a cited record is there without touching the file system; `nil` when
    /// unknown (then `O` asks the runtime to try).
    public var siblingFiles: Set<String>?
    /// The library the meetings come from (`verbatim DIR`); `nil` for a file opened alone.
    public internal(set) var library: LibraryState?
    /// The language versions read side by side, when more than one was opened.
    public internal(set) var parallel: ParallelState?

    /// The screen a record opens on (the config file's `initial-screen`): the overview, the first
    /// statement or the first entry. Setting it shows the overview or takes it away.
    public var initialScreen: InitialScreen = .overview {
        didSet { overview = initialOverview }
    }
    /// The overview shown in the statement pane and where it is, if it is shown.
    public internal(set) var overview: OverviewCursor?
    /// Draw bars with ASCII `#` instead of block elements (`--ascii`, or a locale that is not UTF-8).
    public var ascii = false

    /// The pane with the keyboard focus.
    public internal(set) var focus: PaneID = .statement
    /// The entry shown in the statement pane.
    public internal(set) var entry: Int = 0
    /// The first visible line of the statement pane.
    public internal(set) var scroll: Int = 0
    /// The mention highlighted in the statement pane (after a follow).
    public internal(set) var mention: TextPosition?
    /// The key of the reference being followed.
    public internal(set) var followed: String?
    /// The selected row of the speaker list (an entry index) and the list's first visible row.
    public internal(set) var speakerSelection: Int = 0
    public internal(set) var speakerTop: Int = 0
    /// The selected reference of the current entry and the sidebar's first visible row.
    public internal(set) var referenceSelection: Int = 0
    public internal(set) var referenceTop: Int = 0
    /// Whether the references float over the statement pane (narrow screens, `r`).
    public internal(set) var showReferences = false
    /// The last search, if any.
    public internal(set) var search: SearchState?
    /// The searches typed, oldest first (the `/` prompt's Up and Down walk through them).
    public internal(set) var searchHistory: [String] = []
    /// A count typed before a key (`5j`, `3}`), while it is being typed.
    public internal(set) var count: Int?
    /// Whether the browser takes the mouse (clicks and wheel) or leaves it to the terminal, whose
    /// own selection then works (`m`).
    public internal(set) var mouseCapture = true
    /// Whether the statement pane fills the width, the lists hidden (`z`).
    public internal(set) var zoomed = false
    /// The widest the statement's text is set, in columns (about 40 ideographs); wider panes
    /// centre it. `nil`: as wide as the pane.
    public var measure: Int? = 80
    /// The prompt being typed in, if any.
    public internal(set) var prompt: Prompt?
    /// The help screen or a list shown over the panes, if any.
    public internal(set) var overlay: Overlay?
    /// A one-line message for the status line, cleared by the next key.
    public internal(set) var message: String?
    /// Places to go back and forward to.
    public internal(set) var backStack: [Location] = []
    public internal(set) var forwardStack: [Location] = []

    /// The record being read.
    public var record: Record {
        get { document.record }
        set { load(Document(record: newValue, path: path)) }
    }

    /// The file it came from, if any (used for `O` and the title).
    public var path: String? {
        get { document.path }
        set { load(Document(record: document.record, path: newValue)) }
    }

    public init(record: Record, path: String?, colors: Bool = true, size: Size = Size(width: 80, height: 24)) {
        document = Document(record: record, path: path)
        self.colors = colors
        self.size = size
        overview = initialOverview
    }

    /// Sets how ambiguous-width characters are counted; `auto` waits for the probe's answer
    /// (`Event.ambiguousWidthProbed`), counting them narrow until then.
    public mutating func setAmbiguousWidth(_ mode: AmbiguousWidthMode) {
        ambiguousWidth = AmbiguousWidthSetting(mode: mode)
    }

    /// Records the probe's answer (`nil`: none in time); true when the width in force changed.
    mutating func probed(_ answer: AmbiguousWidth?) -> Bool {
        guard ambiguousWidth.mode == .auto else { return false }
        let before = ambiguousWidth.width
        if let answer {
            ambiguousWidth.probe = .answered(answer)
        } else if ambiguousWidth.probe == .waiting {
            ambiguousWidth.probe = .unanswered
        }
        return ambiguousWidth.width != before
    }

    /// Shows `document` from its start, forgetting where the previous one was (but not history).
    mutating func load(_ document: Document) {
        self.document = document
        entry = 0
        scroll = 0
        mention = nil
        followed = nil
        speakerSelection = 0
        speakerTop = 0
        referenceSelection = 0
        referenceTop = 0
        search = nil
        prompt = nil
        overlay = nil
        overview = nil
    }
}

/// A place to come back to: which document, which entry, how far scrolled, what was highlighted.
public struct Location: Sendable {
    var document: Document
    var entry: Int
    var scroll: Int
    var mention: TextPosition?
    var followed: String?
    var referenceSelection: Int
    /// The overview, when it was on show.
    var overview: OverviewCursor?
    /// True when the place is the library's meetings list (whose own place the library keeps).
    var meetingsList = false
    /// The versions read side by side there, if any.
    var parallel: ParallelState?
}

/// A search over the whole meeting and where its matches are.
public struct SearchState: Sendable {
    /// The text as typed.
    public var query: String
    /// Every match, in reading order.
    public var matches: [TextPosition]
    /// The match last jumped to.
    public var current: Int?
}

/// A line of typed input on the status row.
public struct Prompt: Sendable {
    /// What the typed text is for.
    public enum Kind: Sendable, Equatable {
        /// `/`: text to search for.
        case search
        /// `:`: a statement number.
        case goTo
        /// `s`: part of a speaker's name or country (jumps as it is typed).
        case speaker
        /// `f` in the meetings list: filters the list as it is typed.
        case filter
        /// `/` in the meetings list: text to search for in the whole library.
        case librarySearch
    }

    public var kind: Kind
    public var text: String = ""
    /// The entry of the search history shown (Up and Down), `nil` while typing new text.
    var historyIndex: Int?
    /// What was typed before walking the history, given back by Down past the newest entry.
    var draft: String = ""
    /// Where the user was when the prompt opened (the speaker jump returns there on `Esc`).
    var origin: Location

    /// The prompt's label on the status row.
    public var label: String {
        switch kind {
        case .search: "/"
        case .goTo: ":"
        case .speaker: "speaker: "
        case .filter: "filter: "
        case .librarySearch: "search the library: "
        }
    }
}

/// What is shown over the panes.
public enum Overlay: Sendable, Equatable {
    /// The help screen, scrolled to `top`.
    case help(top: Int)
    /// The statements citing the reference `key`: the selected row and the first visible one.
    case citing(key: String, selection: Int, top: Int)
    /// The list from the library (`LibraryState.found`): the selected row and the first visible one.
    case found(selection: Int, top: Int)
}
