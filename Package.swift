// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "crawl",
    products: [
        .executable(name: "crawl", targets: ["crawl"]),
        .executable(name: "fixture-server", targets: ["FixtureServer"]),
        .library(name: "CrawlCore", targets: ["CrawlCore"]),
        .executable(name: "titles-example", targets: ["TitlesExample"]),
    ],
    traits: [
        // HTTPS in fixture-server (`--tls-cert`), for the TLS tests. It brings NIOSSL and BoringSSL,
        // some 400 C files: most of a first build. scripts/demo serves plain http and builds
        // without it (`swift build --disable-default-traits`); everything else has it by default.
        .trait(name: "FixtureTLS", description: "fixture-server can serve HTTPS (--tls-cert); needs BoringSSL"),
        .default(enabledTraits: ["FixtureTLS"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.24.0"),
        .package(url: "https://github.com/apple/swift-nio-http2.git", from: "1.46.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        // `swift package generate-documentation --target CrawlCore` (the DocC catalog).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.3"),
    ],
    targets: [
        // C layer: pkg-config flags plus typed `static inline` wrappers for the variadic calls.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libcurl's TLS library, for one question libcurl does not answer (was a session resumed?).
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),
        // DNS inside the event loop (libcurl's threaded resolver can neither be pointed at a server
        // nor tell NXDOMAIN from a failing server).
        .systemLibrary(
            name: "CCares",
            pkgConfig: "libcares",
            providers: [.apt(["libc-ares-dev"])]
        ),
        // Encoding detection for bodies that declare none and are not UTF-8.
        .systemLibrary(
            name: "CUchardet",
            pkgConfig: "uchardet",
            providers: [.apt(["libuchardet-dev"])]
        ),
        // Linux syscalls Swift cannot see or call directly (packed epoll_event, timerfd, pipe2).
        .target(
            name: "CCrawlSupport",
            cSettings: [.define("_GNU_SOURCE")]
        ),

        // The crawler as a library, usable without the CLI.
        .target(
            name: "CrawlCore",
            dependencies: [
                "CCurl", "CLibXML2", "COpenSSL", "CCares", "CUchardet", "CCrawlSupport",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            // The end-to-end tests' ways to crash a worker (WorkerTestHooks): debug builds only.
            swiftSettings: [.define("CRAWL_TEST_HOOKS", .when(configuration: .debug))]
        ),
        .executableTarget(
            name: "crawl",
            dependencies: [
                "CrawlCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The offline HTTP(S) server the tests and the demo crawl.
        .executableTarget(
            name: "FixtureServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
                // HTTPS for the TLS tests (--tls-cert); adds BoringSSL to the build.
                .product(name: "NIOSSL", package: "swift-nio-ssl", condition: .when(traits: ["FixtureTLS"])),
            ]
        ),
        // The library example of README.md, built and run by the tests.
        .executableTarget(
            name: "TitlesExample",
            dependencies: ["CrawlCore"],
            path: "Examples/Titles"
        ),

        .testTarget(
            name: "CrawlCoreTests",
            dependencies: ["CrawlCore", "CCurl", "CCares", "COpenSSL", .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(
            name: "CrawlEndToEndTests",
            dependencies: ["crawl", "FixtureServer", "TitlesExample", "CrawlCore", .product(name: "CSV", package: "CSV.swift")]
        ),
    ]
)
