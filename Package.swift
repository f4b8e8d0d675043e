// swift-tools-version:6.0
import PackageDescription

/// Each file names the modules whose members it uses, so that no file leans on another file's
/// `import` (a Foundation method used in a file that never imports Foundation).
let explicitImports: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

/// Release builds put each function in a section of its own, so that the linker can place the
/// functions that start-up runs side by side (`Scripts/startup-function-order.txt`, read by the
/// `verbatim` executable's link below).
let functionSections: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-function-sections"], .when(configuration: .release))]

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
        // ncursesw with the wide-character API (Debian: libncursesw5-dev). Linked by its module
        // map (ncursesw, tinfo): pkg-config would add only feature macros the build refuses.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // GNU FriBidi: bidi reordering, Arabic joining and shaping, mirroring (Debian: libfribidi-dev).
        .systemLibrary(
            name: "CFriBidi",
            pkgConfig: "fribidi",
            providers: [.apt(["libfribidi-dev"])]
        ),
        // SQLite's C API: the library index (Debian: libsqlite3-dev).
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // A small C wrapper over ICU: the line-break iterator, charset conversion, normalisation,
        // region names and character properties (Debian: libicu-dev).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
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
            swiftSettings: explicitImports + functionSections
        ),
        // A library of records: the index of a folder, its queries (SQLite, FTS5).
        .target(
            name: "VerbatimLibrary",
            dependencies: ["VerbatimKit", "CSQLite"],
            swiftSettings: explicitImports + functionSections
        ),
        // App state, rendering to a cell grid, and the ncurses backend.
        .target(
            name: "VerbatimTUI",
            dependencies: ["VerbatimKit", "VerbatimLibrary", "CNcursesw"],
            swiftSettings: explicitImports + functionSections
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
            // The executable stays position-independent, as Debian builds it: linking it at a
            // fixed address (`-no-pie`) would spare the loader the Swift metadata's 43,000
            // relative relocations and about 1.5 MiB of peak memory at start-up, but a program
            // that reads documents from anywhere keeps its code at a random address. The
            // functions that start-up runs are placed side by side (`--section-ordering-file`, a gold option:
            // Swift's linker on Linux; the list is written by Scripts/startup-function-order.sh),
            // so that fewer pages of code are faulted in. Nothing looks the executable's own
            // symbols up at run time, so they are not exported (`--no-export-dynamic`): every
            // symbol the shared libraries bind is looked up in a table of 475 names, not 4,800.
            linkerSettings: [
                .unsafeFlags([
                    "-static-stdlib", "-Xlinker", "--no-export-dynamic",
                    "-Xlinker", "--section-ordering-file=\(Context.packageDirectory)/Scripts/startup-function-order.txt",
                ], .when(configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(configuration: .release)),
                .linkedLibrary("swiftSynchronization", .when(configuration: .release)),
            ]
        ),
        .executableTarget(
            name: "verbatim-bench",
            dependencies: ["VerbatimKit", "VerbatimTUI", "VerbatimLibrary"]
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
