// swift-tools-version: 6.1
// Micro-benchmarks of crawl's hot paths (title extraction, JSON Lines encoding).
// A package of its own so that the root package does not depend on ordo-one/benchmark.
// Run: cd Benchmarks/Micro && swift package --disable-sandbox benchmark   (see README.md)
import PackageDescription

let package = Package(
    name: "crawl-micro-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "crawl", path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The page shapes and records, shared by the benchmarks and the profiling driver.
        .target(
            name: "MicroFixtures",
            dependencies: [.product(name: "CrawlCore", package: "crawl")],
            path: "Sources/MicroFixtures"
        ),
        .executableTarget(
            name: "HotPaths",
            dependencies: [
                "MicroFixtures",
                .product(name: "CrawlCore", package: "crawl"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/HotPaths",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        // Runs title extraction over every page shape N times, for valgrind --tool=callgrind.
        .executableTarget(
            name: "ProfileTitles",
            dependencies: [
                "MicroFixtures",
                .product(name: "CrawlCore", package: "crawl"),
            ],
            path: "Sources/ProfileTitles"
        ),
    ]
)
