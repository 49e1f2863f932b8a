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
