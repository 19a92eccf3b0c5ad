// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// Whether jemalloc can be linked (Debian's libjemalloc-dev, which scripts/setup.sh installs): the `briefgen` command
/// then uses it instead of glibc's malloc (see the README's design section). Without it the command builds with the
/// system allocator, a little slower, rather than not at all.
let hasJemalloc = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
    .contains { FileManager.default.fileExists(atPath: $0 + "/libjemalloc.so") }

let package = Package(
    name: "briefgen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "briefgen", targets: ["briefgen"]),
        .library(name: "BriefgenText", targets: ["BriefgenText"]),
        .library(name: "BriefgenSite", targets: ["BriefgenSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "BriefgenMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "BriefgenText"),
        // swift-mustache 2.1.1 (Apache 2.0), vendored with a faster name lookup: see Sources/Mustache/VENDORED.md.
        .target(name: "Mustache", exclude: ["LICENSE.txt", "VENDORED.md", "VENDORED.patch"]),
        .target(
            name: "BriefgenSite",
            dependencies: [
                "BriefgenText",
                "BriefgenMarkdown",
                "Mustache",
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "BriefgenServe",
            dependencies: ["BriefgenSite", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "briefgen",
            dependencies: [
                "BriefgenSite",
                "BriefgenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc replaces glibc's malloc in the command: a build allocates and frees millions of small strings
            // and arrays on every core, and glibc's malloc was a tenth of its CPU.
            linkerSettings: hasJemalloc ? [.linkedLibrary("jemalloc", .when(platforms: [.linux]))] : []
        ),
        .executableTarget(name: "briefgen-eval", dependencies: ["BriefgenText"]),
        // libFuzzer harness (scripts/fuzz.sh); a plain build makes a replay tool for its crash inputs.
        .executableTarget(name: "briefgen-fuzz", dependencies: ["BriefgenSite"]),
        .testTarget(name: "BriefgenTextTests", dependencies: ["BriefgenText"]),
        // Upstream's own tests (XCTest, unchanged; the spec suite needs the network and is left out) + the patch's tests.
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"]),
        .testTarget(name: "BriefgenMarkdownTests", dependencies: ["BriefgenMarkdown"]),
        .testTarget(name: "BriefgenSiteTests", dependencies: ["BriefgenSite", "BriefgenServe", "BriefgenText"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
