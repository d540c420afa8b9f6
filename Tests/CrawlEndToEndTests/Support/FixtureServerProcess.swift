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

    /// A second shared server that also serves HTTPS (`httpsBase`) with `TestCertificates.shared`.
    /// Apart from `shared` so only the TLS tests depend on the `openssl` CLI that makes the certificates.
    static let sharedTLS: FixtureServerProcess = {
        do {
            return try FixtureServerProcess(genCount: 1, loopbackHosts: 1, tls: .shared)
        } catch {
            fatalError("cannot start the TLS fixture server: \(error)")
        }
    }()

    let base: String
    /// `https://127.0.0.1:PORT`, the TLS port, when started with certificates.
    let httpsBase: String?
    /// One URL per case of Fixtures/cases.json, in file order.
    let caseURLsFile: URL
    /// `BASE/gen/0 …` for load runs.
    let genURLsFile: URL
    private let process: Process
    private let stdinPipe: Pipe

    /// A server of its own (the shared ones aside), for tests whose numbers other tests must not
    /// touch, such as `/connections`; `stop()` it when done. With `tls`, it also serves HTTPS.
    init(genCount: Int, loopbackHosts: Int = 8, tls certificates: TestCertificates? = nil) throws {
        let dir = try temporaryDirectory()
        caseURLsFile = dir.appendingPathComponent("cases.txt")
        genURLsFile = dir.appendingPathComponent("gen.txt")
        process = Process()
        process.executableURL = Binaries.fixtureServer
        process.arguments = [
            "--host", "127.0.0.1", "--port", "0", "--fixtures", Binaries.fixtures.path,
            "--cases-urls", caseURLsFile.path, "--gen-urls", genURLsFile.path, "--gen-count", String(genCount),
            "--loopback-hosts", String(loopbackHosts), "--exit-on-stdin-eof",
        ]
        if let certificates {
            process.arguments! += ["--tls-cert", certificates.certificateFile.path, "--tls-key", certificates.keyFile.path]
        }
        stdinPipe = Pipe()
        let stdoutPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        try process.run()
        // The first stdout line is the base URL, printed once listening; the https one follows.
        let handle = stdoutPipe.fileHandleForReading
        func readLine() -> String {
            var line = Data()
            while true {
                let byte = handle.readData(ofLength: 1)
                if byte.isEmpty || byte == Data([0x0A]) { break }
                line.append(byte)
            }
            return String(decoding: line, as: UTF8.self)
        }
        func bad(_ banner: String) -> Error {
            NSError(domain: "fixture-server", code: 1, userInfo: [NSLocalizedDescriptionKey: "bad banner '\(banner)'"])
        }
        base = readLine()
        guard base.hasPrefix("http://127.0.0.1:") else { throw bad(base) }
        if certificates != nil {
            let secure = readLine()
            guard secure.hasPrefix("https://127.0.0.1:") else { throw bad(secure) }
            httpsBase = secure
        } else {
            httpsBase = nil
        }
    }

    /// Ends a server of the test's own. SIGTERM rather than closing stdin: a child spawned by a
    /// test running in parallel may have inherited the pipe's write end and keep it open.
    func stop() {
        process.terminate()
        process.waitUntilExit()
        try? stdinPipe.fileHandleForWriting.close()
    }

    func url(_ path: String) -> String { base + path }

    /// The same path on loopback host `127.0.0.(1 + n % 8)`: distinct hosts for sharding tests.
    func url(_ path: String, host n: Int) -> String {
        base.replacingOccurrences(of: "127.0.0.1", with: "127.0.0.\(1 + n % 8)") + path
    }
}
