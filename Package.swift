// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "verbatim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "verbatim", targets: ["verbatim"]),
        .library(name: "VerbatimKit", targets: ["VerbatimKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // ncursesw with the wide-character API (Debian: libncursesw5-dev).
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
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
        // A small C wrapper over ICU: the line-break iterator and charset conversion (Debian: libicu-dev).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // Text layer, parsing and model: no terminal code.
        .target(
            name: "VerbatimKit",
            dependencies: ["CICU", "CFriBidi"]
        ),
        // A library of records: the index of a folder, its queries (SQLite, FTS5).
        .target(
            name: "VerbatimLibrary",
            dependencies: ["VerbatimKit", "CSQLite"]
        ),
        // App state, rendering to a cell grid, and the ncurses backend.
        .target(
            name: "VerbatimTUI",
            dependencies: ["VerbatimKit", "VerbatimLibrary", "CNcursesw"]
        ),
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "VerbatimKit", "VerbatimTUI", "VerbatimLibrary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "verbatim-bench",
            dependencies: ["VerbatimKit", "VerbatimTUI", "VerbatimLibrary"]
        ),
        .testTarget(
            name: "VerbatimKitTests",
            dependencies: ["VerbatimKit"],
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
