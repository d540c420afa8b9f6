import Foundation

/// Where the built `crawl` and `fixture-server` live: beside this test bundle in `.build/<config>/`.
enum Binaries {
    static let directory: URL = {
        if let override = ProcessInfo.processInfo.environment["CRAWL_BIN_DIR"] {
            return URL(fileURLWithPath: override)
        }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // On some set-ups the runner sits inside the .xctest bundle directory.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("crawl").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }()

    static var crawl: URL { directory.appendingPathComponent("crawl") }
    static var fixtureServer: URL { directory.appendingPathComponent("fixture-server") }

    /// The repository root, found from this source file's path.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var fixtures: URL { repository.appendingPathComponent("Fixtures") }
}

/// A scratch directory per test, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("crawl-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
