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

/// One folder for every scratch directory of this test process, removed when it exits (a run of
/// the suite used to leave about 120 directories in /tmp).
private let scratchRoot: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("crawl-e2e-\(getpid())-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: scratchRoot) }
    return url
}()

/// A scratch directory per test; a caller may remove it early, and the rest go at exit.
func temporaryDirectory() throws -> URL {
    let url = scratchRoot.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
