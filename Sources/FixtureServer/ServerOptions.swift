#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore

/// Command-line options of `fixture-server`.
///
/// Parsed by hand on purpose: the flags are few and simple, and keeping
/// ArgumentParser out of this target keeps the test server's build small.
struct ServerOptions: Sendable {
    var host = "127.0.0.1"
    var port = 0
    var fixturesDirectory: String?
    var casesURLsFile: String?
    var genURLsFile: String?
    var genCount = 0
    var exitOnStdinEOF = false
    var threads = System.coreCount
    /// Also listen on 127.0.0.2 … 127.0.0.N (same port), so tests have N distinct hosts.
    var loopbackHosts = 1
    /// PEM certificate chain and private key: given both, the server also serves HTTPS on a
    /// second port (the same hosts), so tests can check a client's TLS behaviour offline.
    var tlsCertificateFile: String?
    var tlsKeyFile: String?

    static let usage = """
        usage: fixture-server [--host 127.0.0.1] [--port 0] [--fixtures DIR]
                              [--cases-urls FILE] [--gen-urls FILE --gen-count N] [--loopback-hosts N]
                              [--tls-cert FILE --tls-key FILE] [--exit-on-stdin-eof] [--threads N]
        Prints one line, the base URL (http://HOST:PORT), once it is listening; with
        --tls-cert/--tls-key (PEM) a second line follows, the HTTPS base (https://HOST:PORT2).
        """

    struct UsageError: Error, CustomStringConvertible {
        var description: String
        /// `--help` was asked for: print the usage and succeed.
        var isHelp = false
    }

    /// Parses `arguments` (without the program name). Accepts `--flag value` and `--flag=value`.
    static func parse(_ arguments: [String]) throws(UsageError) -> ServerOptions {
        var options = ServerOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            var flag = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                flag = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            func value() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                guard let next = rest.popFirst() else { throw UsageError(description: "\(flag) needs a value") }
                return next
            }
            func integer(in range: ClosedRange<Int>) throws(UsageError) -> Int {
                let text = try value()
                guard let number = Int(text), range.contains(number) else {
                    throw UsageError(description: "\(flag): '\(text)' is not an integer in \(range)")
                }
                return number
            }
            switch flag {
            case "--host": options.host = try value()
            case "--port": options.port = try integer(in: 0...65535)
            case "--fixtures": options.fixturesDirectory = try value()
            case "--cases-urls": options.casesURLsFile = try value()
            case "--gen-urls": options.genURLsFile = try value()
            case "--gen-count": options.genCount = try integer(in: 0...100_000_000)
            case "--exit-on-stdin-eof": options.exitOnStdinEOF = true
            case "--threads": options.threads = try integer(in: 1...256)
            case "--loopback-hosts": options.loopbackHosts = try integer(in: 1...250)
            case "--tls-cert": options.tlsCertificateFile = try value()
            case "--tls-key": options.tlsKeyFile = try value()
            case "-h", "--help": throw UsageError(description: usage, isHelp: true)
            default: throw UsageError(description: "unknown argument '\(argument)'\n\(usage)")
            }
        }
        if options.genURLsFile != nil && options.genCount == 0 {
            throw UsageError(description: "--gen-urls needs --gen-count N (N > 0)")
        }
        if (options.tlsCertificateFile == nil) != (options.tlsKeyFile == nil) {
            throw UsageError(description: "--tls-cert and --tls-key go together")
        }
        return options
    }

    /// The fixtures directory: `--fixtures`, else `./Fixtures`, else the nearest
    /// `Fixtures/cases.json` above the executable, so tests and scripts can start the
    /// server from anywhere inside the repository (the binary lives in `.build/<triple>/debug/`).
    func resolveFixturesDirectory() -> String? {
        if let fixturesDirectory { return fixturesDirectory }
        let files = FileManager.default
        let local = files.currentDirectoryPath + "/Fixtures"
        if files.fileExists(atPath: local + "/cases.json") { return local }
        guard let executable = try? files.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            return nil
        }
        var directory = Substring(executable)
        while let slash = directory.lastIndex(of: "/") {
            directory = directory[..<slash]
            let candidate = directory + "/Fixtures"
            if files.fileExists(atPath: candidate + "/cases.json") { return String(candidate) }
        }
        return nil
    }

    /// The extra listening addresses of `--loopback-hosts`.
    var extraHosts: [String] {
        loopbackHosts > 1 ? (2...loopbackHosts).map { "127.0.0.\($0)" } : []
    }

    /// The base URL clients use (`https` for the TLS port), with IPv6 literals bracketed.
    func baseURL(port: Int, scheme: String = "http") -> String {
        let printableHost = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(printableHost):\(port)"
    }
}
