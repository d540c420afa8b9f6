import Foundation

/// The package's fixture server, started once for the whole test run on 127.0.0.1 and an
/// ephemeral port. It exits when its stdin closes, i.e. when this test process ends, however it ends.
final class FixtureServerProcess: @unchecked Sendable {
    static let shared: FixtureServerProcess = {
        do {
            return try FixtureServerProcess(genCount: 3000)
        } catch {
            fatalError("cannot start the fixture server: \(error)")
        }
    }()

    let base: String
    /// One URL per case of Fixtures/cases.json, in file order.
    let caseURLsFile: URL
    /// `BASE/gen/0 …` for load runs.
    let genURLsFile: URL
    private let process: Process
    private let stdinPipe: Pipe

    init(genCount: Int) throws {
        let dir = try temporaryDirectory()
        caseURLsFile = dir.appendingPathComponent("cases.txt")
        genURLsFile = dir.appendingPathComponent("gen.txt")
        process = Process()
        process.executableURL = Binaries.fixtureServer
        process.arguments = [
            "--host", "127.0.0.1", "--port", "0", "--fixtures", Binaries.fixtures.path,
            "--cases-urls", caseURLsFile.path, "--gen-urls", genURLsFile.path, "--gen-count", String(genCount),
            "--loopback-hosts", "8", "--exit-on-stdin-eof",
        ]
        stdinPipe = Pipe()
        let stdoutPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        try process.run()
        // The first stdout line is the base URL, printed once listening.
        var line = Data()
        let handle = stdoutPipe.fileHandleForReading
        while true {
            let byte = handle.readData(ofLength: 1)
            if byte.isEmpty || byte == Data([0x0A]) { break }
            line.append(byte)
        }
        base = String(decoding: line, as: UTF8.self)
        guard base.hasPrefix("http://127.0.0.1:") else {
            throw NSError(domain: "fixture-server", code: 1, userInfo: [NSLocalizedDescriptionKey: "bad banner '\(base)'"])
        }
    }

    func url(_ path: String) -> String { base + path }

    /// The same path on loopback host `127.0.0.(1 + n % 8)`: distinct hosts for sharding tests.
    func url(_ path: String, host n: Int) -> String {
        base.replacingOccurrences(of: "127.0.0.1", with: "127.0.0.\(1 + n % 8)") + path
    }
}
