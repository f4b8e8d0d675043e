import Testing
import VerbatimKit
@testable import VerbatimTUI

/// The config file: the TOML subset, the settings, bad files named by line, the effective
/// config printed back.
struct ConfigTests {
    static let good = """
        # verbatim settings
        ambiguous-width = "wide"   # my terminal draws them wide
        initial-screen = 'statement'
        measure = 60

        [colors]
        theme = "monochrome"
        citation = "cyan underline"
        current-match = "black on green bold"
        text = "plain"

        [keys]
        next-statement = ["n", "J"]   # n was the next match
        next-match = [
            "C-n",  # a comment inside the array
            "Down",
        ]
        quit = "Q"
        """

    @Test func aGoodFileSetsEverything() throws {
        let config = try Config.parse(Self.good)
        #expect(config.ambiguousWidth == .wide)
        #expect(config.initialScreen == .statement)
        #expect(config.measure == 60)
        #expect(config.theme == "monochrome")
        let theme = config.colorTheme
        #expect(theme.citation == Style(foreground: .cyan, attributes: .underline))
        #expect(theme.currentMatch == Style(foreground: .black, background: .green, attributes: .bold))
        #expect(theme.text == .plain)
        #expect(theme.heading == Theme.monochrome.heading, "roles not set keep the named theme's style")

        var state = Fixture.state(80, 24)
        let clashes = config.apply(to: &state)
        #expect(state.keyBindings.action(for: .character("n"), in: .statement) == .nextStatement)
        #expect(state.keyBindings.action(for: .character("J"), in: .speakers) == .nextStatement)
        #expect(state.keyBindings.action(for: .character("}"), in: .statement) == nil, "the action's old keys are replaced")
        #expect(state.keyBindings.action(for: .control("n"), in: .statement) == .nextMatch)
        #expect(state.keyBindings.action(for: .down, in: .statement) == .nextMatch)
        #expect(state.keyBindings.action(for: .character("Q"), in: .statement) == .quit)
        #expect(state.keyBindings.action(for: .character("q"), in: .statement) == nil)
        #expect(state.initialScreen == .statement)
        #expect(state.measure == 60)
        #expect(state.colorTheme.citation == Style(foreground: .cyan, attributes: .underline))
        // n, C-n and Down were other actions' keys: each clash is told.
        #expect(clashes.contains("n: nextStatement (was nextMatch)"))
        #expect(clashes.contains("C-n: nextMatch (was lineDown)"))
        #expect(clashes.contains("↓: nextMatch (was lineDown)"))
        #expect(clashes.count == 3)
        // The keys work, and the help lists the table in force.
        press(&state, "n")
        #expect(state.document.entries[state.entry].statementNumber == 1)
        press(&state, "?")
        #expect(screen(state).contains("n J"))
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        #expect(try Config.parse("") == Config())
        #expect(try Config.parse("# nothing\n\n   \n") == Config())
        #expect(Config().ambiguousWidth == .auto && Config().initialScreen == .overview)
    }

    /// Each bad file, the line the problem is on, and words the message must hold.
    static let bad: [(text: String, line: Int, words: String)] = [
        ("ambiguous-width = \"double\"", 1, "must be auto, narrow or wide"),
        ("\n\nambiguous-width = wide", 3, "quote strings"),
        ("ambiguous-width = 2", 1, "must be a string, not an integer"),
        ("initial-screen = \"speakers\"", 1, "overview, statement or start"),
        ("colour = \"red\"", 1, "unknown setting 'colour'"),
        ("measure = 5", 1, "measure must be a number of columns from 20 to 1000"),
        ("measure = \"wide\"", 1, "measure must be a number of columns"),
        ("[colors]\ntheme = \"solarized\"", 2, "theme \"solarized\" is unknown"),
        ("[colors]\ncitation = \"purple\"", 2, "'purple' is not a colour"),
        ("[colors]\nborder = \"red on\"", 2, "needs a colour after it"),
        ("[colors]\nsidebar = \"red\"", 2, "unknown colour role 'sidebar'"),
        ("[keys]\nteleport = \"t\"", 2, "unknown action 'teleport'"),
        ("[keys]\nquit = \"Ctrl-Q\"", 2, "'Ctrl-Q' is not a key"),
        ("[keys]\nquit = true", 2, "a key or an array of keys, not a boolean"),
        ("[keys]\nquit = [\"q\", 1]", 2, "arrays may hold strings only"),
        ("[keys]\nquit = [\"q\"", 2, "not closed"),
        ("[window]\nwidth = 3", 2, "unknown table [window]"),
        ("[keys\nquit = \"q\"", 1, "expected ]"),
        ("ambiguous-width = \"wide", 1, "not closed"),
        ("ambiguous-width = \"wide\" extra", 1, "unexpected"),
        ("ambiguous-width", 1, "expected = after the key"),
        ("ambiguous-width = \"wide\"\nambiguous-width = \"narrow\"", 2, "set twice"),
        ("[keys]\n[keys]", 2, "defined twice"),
        ("a.b = 1", 1, "dotted keys"),
        ("x = \"\\q\"", 1, "unknown escape"),
        ("x = 1.5", 1, "not a value"),
        ("= \"x\"", 1, "expected a key"),
        ("x = \"\"\"long\"\"\"", 1, "multi-line strings"),
    ]

    @Test(arguments: bad.indices)
    func aBadFileNamesItsLineAndProblem(index: Int) {
        let (text, line, words) = Self.bad[index]
        #expect(throws: Config.Problem.self) { try Config.parse(text) }
        do {
            _ = try Config.parse(text)
        } catch {
            #expect(error.line == line, "\(text)")
            #expect(error.message.contains(words), "\(error.message)")
            let report = error.report(path: "/home/u/.config/verbatim/config.toml")
            #expect(report == "verbatim: /home/u/.config/verbatim/config.toml:\(line): \(error.message); using the default settings")
            #expect(!report.contains("\n"))
        }
    }

    @Test func theSubsetReadsStringsNumbersAndArrays() throws {
        let entries = try TOMLSubset.parse("""
            a = "tab\\there \\u00e9 \\"q\\""
            'quoted key' = 'C:\\raw'
            b = true
            c = -1_000
            [t]
            d = ["x", 'y',]
            e = []
            """)
        #expect(entries.map(\.value) == [
            .string("tab\there é \"q\""), .string("C:\\raw"), .boolean(true), .integer(-1000), .strings(["x", "y"]), .strings([]),
        ])
        #expect(entries.map(\.key) == ["a", "quoted key", "b", "c", "d", "e"])
        #expect(entries.map(\.table) == ["", "", "", "", "t", "t"])
        #expect(entries.map(\.line) == [1, 2, 3, 4, 6, 7])
        #expect(TOMLSubset.integer("007") == nil && TOMLSubset.integer("1__0") == nil && TOMLSubset.integer("_1") == nil)
    }

    @Test func thePrintedConfigReadsBackAsTheSameSettings() throws {
        let config = try Config.parse(Self.good)
        let printed = config.rendered
        let again = try Config.parse(printed)
        #expect(again.ambiguousWidth == config.ambiguousWidth)
        #expect(again.initialScreen == config.initialScreen)
        #expect(again.colorTheme.citation == config.colorTheme.citation)
        for role in Theme.roles {
            #expect(again.colorTheme[keyPath: role.path] == config.colorTheme[keyPath: role.path], "\(role.name)")
        }
        for action in Action.allCases {
            #expect(again.keyBindings.bindings.bindings(of: action).map(\.key) == config.keyBindings.bindings.bindings(of: action).map(\.key), "\(action)")
        }
        // Every action and every role is listed, so that the printout is a complete file.
        #expect(printed.contains("next-statement = [\"n\", \"J\"]"))
        #expect(printed.contains("open-statement = [\"Enter\"]"))
        #expect(printed.contains("citation = \"cyan underline\""))
        #expect(Config().rendered.contains("quit = [\"q\", \"C-c\"]"))
        #expect(try Config.parse(Config().rendered).keyBindings.clashes.isEmpty)
    }

    @Test func keysLimitedToAPaneStayThere() {
        var bindings = KeyBindings.standard
        // Enter opens a statement in the speaker list and follows a reference in the sidebar:
        // no clash between them, and rebinding one leaves the other.
        let clashes = bindings.rebind(.openStatement, to: [.enter, .character("o")])
        #expect(bindings.action(for: .enter, in: .references) == .follow)
        #expect(bindings.action(for: .character("o"), in: .speakers) == .openStatement)
        #expect(bindings.action(for: .character("o"), in: .statement) == .openLink)
        #expect(clashes.isEmpty)
        // A key taken everywhere is taken from the pane that had it too.
        #expect(bindings.rebind(.quit, to: [.enter]) == ["Enter: quit (was openStatement)", "Enter: quit (was follow)", "Enter: quit (was openMeeting)"])
        #expect(bindings.action(for: .enter, in: .speakers) == .quit)
    }

    @Test func theFileIsFoundUnderXDGConfigHomeElseHome() {
        #expect(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"]) == "/x/cfg/verbatim/config.toml")
        #expect(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.config/verbatim/config.toml")
        #expect(ConfigFile.path(environment: ["HOME": "/home/u/"]) == "/home/u/.config/verbatim/config.toml")
        #expect(ConfigFile.path(environment: [:]) == nil)
        let missing = ConfigFile.load(path: "/nonexistent/verbatim/config.toml")
        #expect(!missing.used && missing.messages.isEmpty && missing.config == Config())
    }
}
