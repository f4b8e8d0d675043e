import ArgumentParser
import Testing
@testable import verbatim

/// A command line whose first argument names a subcommand is parsed as that subcommand alone;
/// it must give the command the root gives, field for field, and leave to the root whatever it
/// does not accept as that command (help, completions, errors, no subcommand).
@Suite struct NamedSubcommandParseTests {
    static let fixture = "Fixtures/S_PV.8160_zh.txt"

    @Test func aCommandLineTheSubcommandAcceptsIsReadAsTheRootReadsIt() throws {
        let lines: [[String]] = [
            ["render", Self.fixture, "--size", "200x60"],
            ["render", Self.fixture, "other.txt", "--size", "80x20", "--keys", "} i", "--ambiguous", "wide", "--bidi", "terminal", "--ascii"],
            ["render", "--at", "S/RES/1540 (2004)", Self.fixture],
            ["dump", Self.fixture, "--json", "--encoding", "gb18030"],
            ["dump", "--format", "json", "--", "-file-with-a-dash"],
            ["speakers", Self.fixture, "--format", "text"],
            ["refs", Self.fixture, "--kind", "sc-resolution", "--json"],
            ["export", Self.fixture, "--to", "csv", "-o", "out.csv", "--bom"],
            ["browse", Self.fixture, "--ambiguous", "auto"],
            ["search", "library", "security council", "--limit", "5"],
        ]
        for line in lines {
            let alone = try #require(Verbatim.parseNamedSubcommand(line[...]), "\(line)")
            let root = try Verbatim.parseAsRoot(line)
            #expect(type(of: alone) == type(of: root), "\(line)")
            #expect(String(reflecting: alone) == String(reflecting: root), "\(line)")
        }
    }

    @Test func whatTheSubcommandDoesNotAcceptIsLeftToTheRoot() {
        let lines: [[String]] = [
            [], [Self.fixture], ["help"], ["help", "render"], ["--help"], ["render", "--help"], ["render", "-h"],
            ["dump", "--help"], ["render", Self.fixture, "--size", "0x0"], ["render", Self.fixture, "--bogus"],
            ["dump"], ["dump", Self.fixture, "--format", "xml"], ["refs", Self.fixture, "--kind", "resolution"], ["render", "--generate-completion-script", "bash"],
            ["render", "--experimental-dump-help"], ["Render", Self.fixture],
        ]
        for line in lines {
            #expect(Verbatim.parseNamedSubcommand(line[...]) == nil, "\(line)")
        }
    }
}
