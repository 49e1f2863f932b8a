// swift-tools-version: 6.0
import PackageDescription

// The targets follow the pipeline, one floor per stage, each depending only on the floors below it (the compiler
// refuses an upward edge). See ARCHITECTURE.md.
//
//   fullkit (CLI), fullkit-bench, Fuzz*      the tools on top
//   FullKit                                  re-exports the floors below: the library users import
//   FullKitCheck                             identification → analysis → rules → verdict, policy, batch
//   FullKitReport                            the report model and its renderers (text, JSON)
//   FullKitFormats                           the readers: Gerber, Excellon, BOM, XY, job file, spreadsheets
//   FullKitArchive                           inputs and archives: files, folders, ZIP, zlib, libarchive
//   FullKitCore                              shared vocabulary: findings, rules, locations, limits, geometry, bytes
//   CZlib, CArchive                          the Debian C libraries

let package = Package(
    name: "FullKit",
    products: [
        .library(name: "FullKit", targets: ["FullKit"]),
        .executable(name: "fullkit", targets: ["fullkit"]),
    ],
    targets: [
        // MARK: C libraries
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),

        // MARK: Floors
        .target(name: "FullKitCore"),
        .target(name: "FullKitArchive", dependencies: ["CArchive", "CZlib", "FullKitCore"]),
        .target(name: "FullKitFormats", dependencies: ["FullKitArchive", "FullKitCore"]),
        // The JSON Schema of the report (`Schema/fullkit.check-1.schema.json`) is documentation and test input, not code.
        .target(name: "FullKitReport", dependencies: ["FullKitCore"], exclude: ["Schema"]),
        .target(
            name: "FullKitCheck", dependencies: ["FullKitArchive", "FullKitCore", "FullKitFormats", "FullKitReport"]),
        .target(
            name: "FullKit",
            dependencies: ["FullKitArchive", "FullKitCheck", "FullKitCore", "FullKitFormats", "FullKitReport"]),

        // MARK: Tools
        .executableTarget(name: "fullkit", dependencies: ["FullKit"]),
        .executableTarget(name: "fullkit-bench", dependencies: ["FullKit"]),
        // libFuzzer harnesses: build with `--sanitize fuzzer --sanitize address` (Scripts/fuzz).
        .executableTarget(name: "FuzzArchive", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzBOM", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzExcellon", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzGerber", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzJSON", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzMacro", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzPack", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzXLS", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzXLSX", dependencies: ["FullKit", "FullKitFormats"]),
        .executableTarget(name: "FuzzXY", dependencies: ["FullKit"]),

        // MARK: Tests
        .testTarget(name: "FullKitTests", dependencies: ["FullKit"]),
        .testTarget(name: "FullKitEndToEndTests", dependencies: ["fullkit"]),
    ]
)
