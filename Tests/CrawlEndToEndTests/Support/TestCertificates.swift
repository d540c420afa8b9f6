import Foundation

/// A throwaway certificate authority and a server certificate it signed, made with the `openssl`
/// CLI at test time, so no key material lives in the repository and nothing ever expires there.
///
/// The leaf covers `*.crawl.test`, `localhost` and `127.0.0.1`, so a test can give every host its
/// own name (`--resolve NAME.crawl.test:PORT:127.0.0.1`) and still match the certificate. EC P-256
/// keys (quick to make), valid for a few days from now.
struct TestCertificates: Sendable {
    /// Made once per test run; every TLS test trusts the same CA.
    static let shared: TestCertificates = {
        do {
            return try TestCertificates(directory: temporaryDirectory())
        } catch {
            fatalError("cannot make the test certificates: \(error)")
        }
    }()

    /// The CA certificate (PEM): what a client passes to `--cacert`.
    let caFile: URL
    /// The server's certificate and key (PEM), for `fixture-server --tls-cert/--tls-key`.
    let certificateFile: URL
    let keyFile: URL

    struct OpenSSLError: Error, CustomStringConvertible {
        let arguments: [String]
        let stderr: String
        var description: String { "openssl \(arguments.joined(separator: " ")): \(stderr)" }
    }

    init(directory: URL) throws {
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        caFile = directory.appendingPathComponent("ca.pem")
        certificateFile = directory.appendingPathComponent("server.pem")
        keyFile = directory.appendingPathComponent("server.key")
        let p256 = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
        try Self.openssl(
            ["req", "-x509"] + p256 + [
                "-keyout", path("ca.key"), "-out", caFile.path, "-days", "3", "-subj", "/CN=crawl test CA",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            ])
        try Self.openssl(
            ["req", "-new"] + p256 + ["-keyout", keyFile.path, "-out", path("server.csr"), "-subj", "/CN=localhost"])
        try """
            basicConstraints = critical, CA:FALSE
            keyUsage = critical, digitalSignature
            extendedKeyUsage = serverAuth
            subjectAltName = DNS:*.crawl.test, DNS:localhost, IP:127.0.0.1
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid

            """.write(toFile: path("server.ext"), atomically: true, encoding: .utf8)
        try Self.openssl([
            "x509", "-req", "-in", path("server.csr"), "-CA", caFile.path, "-CAkey", path("ca.key"),
            "-CAcreateserial", "-days", "3", "-out", certificateFile.path, "-extfile", path("server.ext"),
        ])
    }

    /// Runs the `openssl` on `PATH` (scripts/install-deps installs it) and waits for it.
    @discardableResult
    static func openssl(_ arguments: [String], stdin: Data? = nil) throws -> CrawlRun {
        let run = try CrawlRun.run(
            ["openssl"] + arguments, stdin: stdin, executable: URL(fileURLWithPath: "/usr/bin/env"))
        guard run.status == 0 else { throw OpenSSLError(arguments: arguments, stderr: run.stderr) }
        return run
    }
}
