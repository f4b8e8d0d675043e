import ArgumentParser

/// An option's value that is one of a fixed list of words (`--format text|json`). The help and
/// completions list the raw values, as the argument parser's own default does, but without
/// building a key path for every option at every start (that default cost about 2 M
/// instructions before each command ran).
protocol ArgumentChoice: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ArgumentChoice {
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }

    /// No value has a description of its own: each is described by its raw value.
    public static var allValueDescriptions: [String: String] { [:] }
}
