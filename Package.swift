// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "FullKit",
    products: [
        .library(name: "FullKit", targets: ["FullKit"]),
        .executable(name: "fullkit", targets: ["fullkit"]),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .target(
            name: "FullKit",
            dependencies: ["CZlib", "CArchive"]
        ),
        .executableTarget(
            name: "fullkit",
            dependencies: ["FullKit"]
        ),
        .executableTarget(
            name: "fullkit-bench",
            dependencies: ["FullKit"]
        ),
        // libFuzzer harnesses: build with `--sanitize fuzzer --sanitize address` (Scripts/fuzz).
        .executableTarget(name: "FuzzArchive", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzGerber", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzExcellon", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzBOM", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzXY", dependencies: ["FullKit"]),
        .executableTarget(name: "FuzzPack", dependencies: ["FullKit"]),
        .testTarget(
            name: "FullKitTests",
            dependencies: ["FullKit"]
        ),
        .testTarget(
            name: "FullKitEndToEndTests",
            dependencies: ["fullkit"]
        ),
    ]
)
