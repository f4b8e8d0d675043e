// swift-tools-version:6.0
import PackageDescription

/// Each file names the modules whose members it uses, so that no file leans on another file's
/// `import` (a Foundation method used in a file that never imports Foundation).
let explicitImports: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

/// Release builds put each function in a section of its own, so that the linker can place the
/// functions that start-up runs side by side (`Scripts/startup-function-order.txt`, read by the
/// `verbatim` executable's link below).
let functionSections: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-function-sections"], .when(configuration: .release))]

/// Links the system C libraries `names` (Debian's): the shared libraries in debug builds (the
/// tests, the fuzzers), their static archives (`libNAME.a`, shipped by the same -dev packages)
/// in release builds. The executable then maps none of SQLite, ncurses, FriBidi or ICU: their
/// symbol tables, relocations and first pages cost about 1.3 MiB of memory at every start, and
/// `render` uses none of SQLite or ncurses (docs/performance.md, "Linking with lld").
func cLibraries(_ names: String...) -> [LinkerSetting] {
    names.map { .linkedLibrary($0, .when(configuration: .debug)) }
        + [.unsafeFlags(names.flatMap { ["-Xlinker", "-l:lib\($0).a"] }, .when(configuration: .release))]
}

let package = Package(
    name: "verbatim",
    // Linux only (Debian and its kin): the terminal's crash handler and the C libraries are
    // Glibc's and Debian's, so no Apple platform is claimed.
    products: [
        .executable(name: "verbatim", targets: ["verbatim"]),
        .library(name: "VerbatimKit", targets: ["VerbatimKit"]),
    ],
    dependencies: [
        // Pinned: the build uses exactly the version it was tested with.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // The C libraries are named by the targets that use them (`cLibraries`), not by their
        // module maps, so that each build picks how to link them.
        // ncursesw with the wide-character API (Debian: libncursesw5-dev), linked by VerbatimTUI
        // (ncursesw, tinfo). No pkg-config: it would add only feature macros the build refuses.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // GNU FriBidi: bidi reordering, Arabic joining and shaping, mirroring (Debian:
        // libfribidi-dev), linked by VerbatimKit.
        .systemLibrary(
            name: "CFriBidi",
            providers: [.apt(["libfribidi-dev"])]
        ),
        // SQLite's C API: the library index (Debian: libsqlite3-dev), linked by VerbatimLibrary.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // A small C wrapper over ICU: the line-break iterator, charset conversion, normalisation,
        // region names and character properties (Debian: libicu-dev). In release builds the data
        // archive adds all of ICU's data, 30 MB of the binary on disk, read a page at a time as
        // it is used.
        .target(
            name: "CICU",
            linkerSettings: cLibraries("icuuc", "icudata")
        ),
        // ICU's regular expressions (libicui18n), for the tests only: they compare the clock-time
        // reader with the ICU patterns it implements. The executable does not load libicui18n.
        .target(
            name: "CICURegex",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // Text layer, parsing and model: no terminal code.
        .target(
            name: "VerbatimKit",
            dependencies: ["CICU", "CFriBidi"],
            swiftSettings: explicitImports + functionSections,
            linkerSettings: cLibraries("fribidi")
        ),
        // A library of records: the index of a folder, its queries (SQLite, FTS5).
        .target(
            name: "VerbatimLibrary",
            dependencies: ["VerbatimKit", "CSQLite"],
            swiftSettings: explicitImports + functionSections,
            linkerSettings: cLibraries("sqlite3")
        ),
        // App state, rendering to a cell grid, and the ncurses backend.
        .target(
            name: "VerbatimTUI",
            dependencies: ["VerbatimKit", "VerbatimLibrary", "CNcursesw"],
            swiftSettings: explicitImports + functionSections,
            linkerSettings: cLibraries("ncursesw", "tinfo")
        ),
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "VerbatimKit", "VerbatimTUI", "VerbatimLibrary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: explicitImports + functionSections,
            // Release builds (what `make install` and the benchmark run) link the Swift runtime
            // in, so that the process maps none of its shared libraries at start-up
            // (docs/performance.md, "Start-up: what each linked library costs"), with the
            // libraries FoundationEssentials (loaded by the argument parser) needs. Debug builds
            // stay dynamic: the test bundle links this target beside the dynamic Testing library.
            // The release link is LLVM's lld, which ships with the Swift toolchain, for two things
            // gold lacks:
            // - the executable stays position-independent, as Debian builds it, and its 43,000
            //   relative relocations (the Swift metadata's pointers) are packed as RELR
            //   (`-z pack-relative-relocs`, read by glibc 2.36 and later): 10 KB instead of a
            //   1 MB table that the loader read in whole at every start;
            // - the functions that start-up runs are placed side by side
            //   (`--symbol-ordering-file`, the list written by Scripts/startup-function-order.sh),
            //   so that fewer pages of code are faulted in.
            // Nothing looks the executable's own symbols up at run time, so they are not exported
            // (`--no-export-dynamic`): every symbol the shared libraries bind is looked up in a
            // table of 472 names, not 4,824.
            linkerSettings: [
                .unsafeFlags([
                    "-static-stdlib", "-use-ld=lld", "-Xlinker", "--no-export-dynamic",
                    "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                    "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Scripts/startup-function-order.txt",
                    // A listed function that a change removed is skipped without a warning.
                    "-Xlinker", "--no-warn-symbol-ordering",
                ], .when(configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(configuration: .release)),
                .linkedLibrary("swiftSynchronization", .when(configuration: .release)),
            ]
        ),
        .executableTarget(
            name: "verbatim-bench",
            dependencies: ["VerbatimKit", "VerbatimTUI", "VerbatimLibrary"],
            // Release builds take ICU from its static archives (CICU above), which need the C++
            // library; lld finds it wherever it stands on the command line, gold only after them.
            linkerSettings: [
                .unsafeFlags(["-use-ld=lld"], .when(configuration: .release)),
                .linkedLibrary("stdc++", .when(configuration: .release)),
            ]
        ),
        .testTarget(
            name: "VerbatimKitTests",
            dependencies: ["VerbatimKit", "CICURegex"],
            // Reviewed export outputs and fuzzing reproducers, read by path (ExportGoldenTests, FuzzRegressionTests).
            exclude: ["Export/Golden", "FuzzRegressions"]
        ),
        .testTarget(
            name: "VerbatimTUITests",
            dependencies: ["VerbatimTUI", "VerbatimKit"]
        ),
        .testTarget(
            name: "VerbatimLibraryTests",
            dependencies: ["VerbatimLibrary", "VerbatimKit"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["verbatim"]
        ),
    ]
)
