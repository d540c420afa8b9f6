// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets over CrawlCore (issue 15), in a package of their own so that the main build
// never needs `-sanitize=fuzzer`. Built and run by `scripts/fuzz`, which passes
// `-sanitize=fuzzer,address -enable-testing -parse-as-library` (libFuzzer brings `main`; the
// targets reach CrawlCore's internal parsers through `@testable import`).
let package = Package(
    name: "CrawlFuzz",
    dependencies: [.package(name: "crawl", path: "..")],
    targets: [
        // libFuzzer's driver, called from each target's entry point.
        .target(name: "FuzzDriver"),
    ] + ["FuzzTitle", "FuzzInputLine", "FuzzResume", "FuzzWorkerWire"].map { name in
        .executableTarget(name: name, dependencies: ["FuzzDriver", .product(name: "CrawlCore", package: "crawl")])
    }
)
