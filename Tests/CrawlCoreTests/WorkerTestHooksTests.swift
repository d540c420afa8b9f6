import Foundation
import Testing

/// The end-to-end tests' ways to crash a worker exist in debug builds only (issue 15): a release
/// `crawl` must not abort on a URL because an environment variable says so.
@Suite struct WorkerTestHooksTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func sources() throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
        return try files.filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: base.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// The condition is defined for the debug configuration alone.
    @Test func theHooksAreCompiledIntoDebugBuildsOnly() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let defines = manifest.components(separatedBy: "\n").filter { $0.contains("CRAWL_TEST_HOOKS") && $0.contains(".define") }
        #expect(defines.count == 1)
        #expect(defines.allSatisfy { $0.contains(".when(configuration: .debug)") }, "\(defines)")
    }

    /// Every line that reads a `CRAWL_TEST_` variable or calls the hooks is inside
    /// `#if CRAWL_TEST_HOOKS`.
    @Test func everyHookIsInsideTheCondition() throws {
        var found = 0
        for (path, text) in try Self.sources() {
            var depth: [Bool] = []  // per open #if: whether it is CRAWL_TEST_HOOKS
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("#if") {
                    depth.append(trimmed == "#if CRAWL_TEST_HOOKS")
                } else if trimmed.hasPrefix("#endif") {
                    _ = depth.popLast()
                } else if !trimmed.hasPrefix("///") && !trimmed.hasPrefix("//")
                    && (trimmed.contains("\"CRAWL_TEST_") || trimmed.contains("WorkerTestHooks"))
                {
                    found += 1
                    #expect(depth.contains(true), "\(path):\(number + 1) is compiled into release builds: \(trimmed)")
                }
            }
        }
        #expect(found >= 3, "the hooks were not found: the test reads the wrong sources")
    }
}
