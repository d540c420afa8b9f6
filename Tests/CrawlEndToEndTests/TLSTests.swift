import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// TLS against the fixture server's HTTPS port (`FixtureServerProcess.sharedTLS`, a certificate
/// for `*.crawl.test` from a CA made at test time): trust (`--cacert`, `--capath`, `-k`), ALPN,
/// session resumption on new connections, and the bound on the connections crawl keeps open.
///
/// Every host is a `NAME.crawl.test` name pinned to 127.0.0.1 with `--resolve`, so the certificate
/// matches and each test has hosts of its own.
@Suite struct TLSTests {
    static var server: FixtureServerProcess { .sharedTLS }
    static var caFile: String { TestCertificates.shared.caFile.path }

    /// `https://NAME.crawl.test:PORT` on the TLS port, and the `--resolve` arguments that send it there.
    static func host(_ name: String) throws -> (base: String, resolve: [String]) {
        let port = try #require(server.httpsBase.flatMap { URL(string: $0)?.port })
        let host = "\(name).crawl.test"
        return ("https://\(host):\(port)", ["--resolve", "\(host):\(port):127.0.0.1"])
    }

    /// Crawls `urls` (from stdin, no retries: a TLS failure must show on the first attempt).
    static func crawl(_ urls: [String], _ arguments: [String]) throws -> CrawlRun {
        try CrawlRun.run(["-", "--retries", "0"] + arguments, stdin: Data((urls.joined(separator: "\n") + "\n").utf8))
    }

    /// The one record of a one-URL crawl that must succeed as a process.
    static func onlyRecord(_ run: CrawlRun) throws -> [String: Any] {
        #expect(run.status == run.expectedStatus, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == 1)
        return try #require(records.first)
    }

    // MARK: - The fixture itself

    /// The HTTPS port is announced on the banner's second line and serves the CA's certificate,
    /// with h2 by ALPN, to a client other than crawl.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/curl"), "needs the curl CLI"))
    func fixtureServesHTTPSToCurl() throws {
        let httpsBase = try #require(Self.server.httpsBase)
        let run = try CrawlRun.run(
            ["-sS", "--cacert", Self.caFile, "-o", "/dev/null", "-w", "%{http_code} %{http_version}", httpsBase + "/pages/basic.html"],
            executable: URL(fileURLWithPath: "/usr/bin/curl"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(String(decoding: run.stdout, as: UTF8.self) == "200 2")
    }

    /// The server issues TLS 1.3 session tickets a new connection can resume with (what the
    /// resumption test below relies on), seen by `openssl s_client` rather than by crawl.
    @Test func fixtureTicketsResumeSessions() throws {
        let httpsBase = try #require(Self.server.httpsBase)
        let port = try #require(URL(string: httpsBase)?.port)
        let session = try temporaryDirectory().appendingPathComponent("session.pem")
        defer { try? FileManager.default.removeItem(at: session.deletingLastPathComponent()) }
        // A request that closes the connection, so s_client has read the tickets before it exits.
        let request = Data("GET /pages/basic.html?close=1 HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)
        func connect(_ sessionOption: String) throws -> String {
            let run = try TestCertificates.openssl(
                ["s_client", "-connect", "127.0.0.1:\(port)", "-servername", "localhost", "-CAfile", Self.caFile,
                 "-tls1_3", "-alpn", "http/1.1", "-ign_eof", sessionOption, session.path],
                stdin: request)
            return String(decoding: run.stdout, as: UTF8.self)
        }
        let first = try connect("-sess_out")
        #expect(first.contains("New, TLSv1.3"), "\(first)")
        #expect(first.contains("Verify return code: 0 (ok)"))
        #expect(first.contains("<title>Basic page</title>"))
        let second = try connect("-sess_in")
        #expect(second.contains("Reused, TLSv1.3"), "\(second)")
    }

    /// `/connections` counts what is open now (the asking connection included) and the peak.
    @Test func fixtureCountsOpenConnections() throws {
        let server = try FixtureServerProcess(genCount: 1, loopbackHosts: 1)
        defer { server.stop() }
        let idle = try (0..<3).map { _ in try connectedSocket(server.base) }
        defer { idle.forEach { close($0) } }
        // Accepting and noticing the previous reader's close are asynchronous: ask again (bounded)
        // until the server's view has settled on the three idle ones and the asking one.
        var counts = try ConnectionCounts.fetch(server)
        for _ in 0..<100 where counts.open != 4 {
            usleep(20_000)
            counts = try ConnectionCounts.fetch(server)
        }
        #expect(counts.open == 4, "\(counts)")
        #expect(counts.peak >= 4)
    }

    // MARK: - Trust

    @Test func trustedCAFetchesOverHTTP2() throws {
        let (base, resolve) = try Self.host("h1")
        let record = try Self.onlyRecord(Self.crawl([base + "/pages/basic.html"], resolve + ["--cacert", Self.caFile]))
        #expect(record["status"] as? Int == 200, "\(record)")
        #expect(record["title"] as? String == "Basic page")
        #expect(record["http_version"] as? String == "2", "ALPN offers h2 first")
        #expect(record["error"] is NSNull)
        #expect(record["tls_resumed"] as? Bool == false, "a new process has no session to resume")
        let timing = try #require(record["timing"] as? [String: Any])
        #expect(!(timing["tls_ms"] is NSNull), "a handshake was made")
    }

    @Test func aCADirectoryIsTrustedToo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // OpenSSL finds a CA in a directory by its subject hash: `<hash>.0`, as `openssl rehash` names it.
        let hash = try TestCertificates.openssl(["x509", "-hash", "-noout", "-in", Self.caFile]).stdout
        let name = String(decoding: hash, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) + ".0"
        try FileManager.default.copyItem(atPath: Self.caFile, toPath: directory.appendingPathComponent(name).path)
        let (base, resolve) = try Self.host("h2")
        let record = try Self.onlyRecord(Self.crawl([base + "/pages/basic.html"], resolve + ["--capath", directory.path]))
        #expect(record["status"] as? Int == 200, "\(record)")
        #expect(record["error"] is NSNull)
    }

    /// The test CA is in no system store: verification fails as a TLS error, unless it is off.
    @Test func anUntrustedCertificateIsATLSErrorUnlessInsecure() throws {
        let (base, resolve) = try Self.host("h3")
        let url = base + "/pages/basic.html"
        let refused = try Self.onlyRecord(Self.crawl([url], resolve))
        #expect(refused["error"] as? String == "tls", "\(refused)")
        #expect(refused["title"] is NSNull)
        let insecure = try Self.onlyRecord(Self.crawl([url], resolve + ["-k"]))
        #expect(insecure["status"] as? Int == 200, "\(insecure)")
        #expect(insecure["title"] as? String == "Basic page")
        #expect(insecure["error"] is NSNull)
    }

    /// A CA file that is not there is a usage error, before anything is fetched. (Its message
    /// comes in the argument parser's style, with the usage after it; one line for every usage
    /// error is issue 13's.)
    @Test func aMissingCAFileIsAUsageError() throws {
        let (base, resolve) = try Self.host("h4")
        let run = try Self.crawl([base + "/pages/basic.html"], resolve + ["--cacert", "/nonexistent/crawl-test-ca.pem"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").first?.contains("--cacert") == true, "\(run.stderr)")
    }

    /// The other side of closing connections nobody needs: a host whose next URLs are in sight
    /// keeps its connection, so only the first record made a handshake (the others have
    /// `tls_resumed` null: no handshake at all). With `--procs` the parent decides it for the workers.
    @Test(arguments: [1, 2])
    func aHostsConnectionIsKeptForItsNextURLs(procs: Int) throws {
        let (base, resolve) = try Self.host("h6p\(procs)")
        let count = 5
        let urls = (0..<count).map { "\(base)/pages/basic.html?i=\($0)" }
        let run = try Self.crawl(
            urls, resolve + ["--cacert", Self.caFile, "-c", "1", "--per-host", "1", "--procs", String(procs)])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records.sorted { ($0["line"] as? Int ?? 0) < ($1["line"] as? Int ?? 0) }
        try #require(records.count == count)
        #expect(records.allSatisfy { $0["status"] as? Int == 200 }, "\(records)")
        let handshakes = records.filter { $0["tls_resumed"] as? Bool != nil }.count
        if procs == 1 {
            #expect(records.map { $0["tls_resumed"] as? Bool } == [false] + Array(repeating: nil, count: count - 1))
            #expect(records.dropFirst().allSatisfy { ($0["timing"] as? [String: Any])?["tls_ms"] is NSNull })
        } else {
            // An idle worker may steal a line of the host and open its own connection, once.
            #expect(handshakes >= 1 && handshakes <= 2, "\(records.map { $0["tls_resumed"] ?? "" })")
        }
    }

    // MARK: - Resumption

    /// One host, one transfer at a time, and `?close=1` so the server ends every connection after
    /// its response: each URL makes a new TLS handshake, and every one after the first resumes the
    /// session the server's ticket gave. The stats file agrees with the records.
    @Test func sessionsAreResumedOnNewConnections() throws {
        let (base, resolve) = try Self.host("h5")
        let count = 5
        let urls = (0..<count).map { "\(base)/pages/basic.html?close=1&i=\($0)" }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let statsFile = directory.appendingPathComponent("stats.json")
        let run = try Self.crawl(
            urls, resolve + ["--cacert", Self.caFile, "-c", "1", "--per-host", "1", "--stats-json", statsFile.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records.sorted { ($0["line"] as? Int ?? 0) < ($1["line"] as? Int ?? 0) }
        try #require(records.count == count)
        #expect(records.allSatisfy { $0["status"] as? Int == 200 }, "\(records)")
        let resumed = records.map { $0["tls_resumed"] as? Bool }
        #expect(resumed == [false] + Array(repeating: true, count: count - 1), "\(resumed)")

        let stats = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: statsFile)) as? [String: Any])
        let tls = try #require(stats["tls"] as? [String: Any], "\(stats)")
        #expect(tls["handshakes"] as? Int == count, "\(tls)")
        #expect((tls["resumed"] as? Int ?? 0) >= 1, "\(tls)")
        #expect(tls["resumed"] as? Int == resumed.filter { $0 == true }.count)
    }

    // MARK: - The connection cache

    /// crawl keeps at most 2 × `--concurrency` connections open (libcurl's default would be 4 ×).
    /// 200 hosts, one URL each, so no connection is ever reused and each finished one would stay
    /// open idle if nothing closed it: with `-c 4` libcurl's default lets 16 pile up, the bound 8.
    /// Plain http: the cache is the same for TLS, and the count needs a server of this test's own.
    ///
    /// The slack: libcurl trims the cache when a transfer finishes, so the connection a refilled
    /// slot opens can briefly make it 2 × C + 1; and the server counts a connection as closed only
    /// when it has read the client's FIN, so a close and the next connect can overlap in its view
    /// (a sequential curl CLI already shows a peak of 2 here). +3 covers both and stays well below 16.
    @Test func theConnectionCacheIsBounded() throws {
        let server = try FixtureServerProcess(genCount: 1, loopbackHosts: 1)
        defer { server.stop() }
        let port = try #require(URL(string: server.base)?.port)
        let hosts = (0..<200).map { "c\($0).crawl.test" }
        let resolve = hosts.flatMap { ["--resolve", "\($0):\(port):127.0.0.1"] }
        let urls = hosts.map { "http://\($0):\(port)/pages/basic.html" }
        let concurrency = 4
        let run = try Self.crawl(urls, resolve + ["-c", String(concurrency), "--per-host", "0"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == urls.count)
        #expect(records.allSatisfy { $0["status"] as? Int == 200 }, "every host answered, so every connection was kept")

        // Read after crawl exited: its connections no longer overlap the reader's own.
        let counts = try ConnectionCounts.fetch(server)
        #expect(counts.peak <= 2 * concurrency + 3, "\(counts)")
    }
}
