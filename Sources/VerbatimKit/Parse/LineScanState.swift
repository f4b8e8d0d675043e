/// What the line scan carries from one line to the next: the line number, the page and how the
/// pages are marked. A share of the bytes scanned on its own core starts from a guess of it
/// (`shareStart`) and notes which parts of the guess it relied on (`LineScanAssumptions`).
struct LineScanState {
    /// 1-based number of the line the scan is on.
    var lineNumber: UInt32 = 1
    /// 0-based index of the physical page.
    var page: Int32 = 0
    /// A form feed (or a page-break space) was met and its page has not started yet.
    var pendingBreak = false
    /// Some line of text (not a header or footer) has been kept.
    var sawContent = false
    /// A line that starts with one space has been seen: such spaces mark the pages.
    var spaceMarksPages = false
    /// The current page has text (not only headers and footers).
    var contentOnPage = false
    /// Lines of text kept on the current page so far.
    var linesOnPage = 0
    /// A header's symbol or date opened the page: the next line is the header's title.
    var titleFollows = false
    /// The current page's header title has been found.
    var titleDropped = false

    /// The state at the start of the bytes.
    static let fileStart = LineScanState()

    /// The guess a share that does not start the file is scanned from: in the middle of a
    /// page of text, after the page's first line, on a page that is not the first (page 1,
    /// shifted by the page the share really starts on), line 1 (shifted likewise).
    static let shareStart = LineScanState(
        lineNumber: 1, page: 1, pendingBreak: false, sawContent: true, spaceMarksPages: false,
        contentOnPage: true, linesOnPage: 0, titleFollows: false, titleDropped: false)
}

/// The parts of its starting state a share's scan relied on before its own lines set them.
/// A share scanned from `LineScanState.shareStart` gives the lines one pass gives when the
/// state it really starts from agrees with the guess on each part it relied on.
struct LineScanAssumptions {
    /// Whether the page the share starts on is the first was asked (a job number or date
    /// alone is content on the first page).
    var firstPage = false
    /// Whether text came before was asked, before the share had any.
    var sawContent = false
    /// Whether pages are marked by spaces was asked, before the share met such a space.
    var spaceMarksPages = false
    /// Whether the page has text was asked, before the share's first line of text or page.
    var contentOnPage = false
    /// The lines of the page so far, or whether its title was dropped, were asked before the
    /// share's first page started.
    var pageLines = false

    /// True when a share scanned from `guess` under these assumptions gives what a scan from
    /// `actual` gives (apart from line and page numbers, which shift). The line before the
    /// share matters only through `pageLines`.
    func hold(from guess: LineScanState, given actual: LineScanState) -> Bool {
        actual.pendingBreak == guess.pendingBreak && actual.titleFollows == guess.titleFollows
            && (!firstPage || (actual.page == 0) == (guess.page == 0))
            && (!sawContent || actual.sawContent == guess.sawContent)
            && (!spaceMarksPages || actual.spaceMarksPages == guess.spaceMarksPages)
            && (!contentOnPage || actual.contentOnPage == guess.contentOnPage)
            && (!pageLines || (actual.linesOnPage == guess.linesOnPage && actual.titleDropped == guess.titleDropped))
    }
}
