// fixture-server: the offline HTTP server the crawler's tests and demos run against.
//
// It prints one line on stdout, the base URL, once it is listening (after writing any
// requested URL lists); with --tls-cert/--tls-key a second line follows, the https base URL
// of the TLS port. Nothing else; errors go to stderr. Readers that only want the http base
// read the first line, as before.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import NIOCore
import NIOHTTP1
import NIOPosix

#if FixtureTLS
import NIOSSL
#endif

/// Writes `line` and a newline straight to a file descriptor: unbuffered, so the
/// URL line reaches a reading test at once (and no C `FILE*` globals are involved).
func writeLine(_ line: String, to descriptor: Int32) {
    var bytes = Array((line + "\n").utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        bytes = bytes.dropFirst(written)
    }
}

/// Reports `message` on stderr and exits with status 2 (bad usage or set-up).
func fail(_ message: String) -> Never {
    writeLine("fixture-server: \(message)", to: STDERR_FILENO)
    exit(2)
}

/// Sets the server up, serves until asked to stop, and returns the exit status.
/// A function rather than top-level code so nothing here becomes a main-actor global.
func runServer() -> Int32 {
    let options: ServerOptions
    do {
        options = try ServerOptions.parse(Array(CommandLine.arguments.dropFirst()))
    } catch where error.isHelp {
        writeLine(error.description, to: STDOUT_FILENO)
        return 0
    } catch {
        fail(error.description)
    }
    guard let fixtures = options.resolveFixturesDirectory() else {
        fail("cannot find Fixtures/cases.json (looked in ./Fixtures and above the executable); pass --fixtures DIR")
    }
    let router: Router
    do {
        router = Router(store: try FixtureStore.load(from: fixtures))
    } catch {
        fail(error.description)
    }

    #if FixtureTLS
    var tlsContext: NIOSSLContext?
    if let certificate = options.tlsCertificateFile, let key = options.tlsKeyFile {
        do {
            tlsContext = try ConnectionSetup.makeTLSContext(certificateFile: certificate, keyFile: key)
        } catch {
            fail("cannot load --tls-cert \(certificate) / --tls-key \(key): \(error)")
        }
    }
    #else
    if options.tlsCertificateFile != nil {
        fail("--tls-cert: this fixture-server was built without HTTPS (trait FixtureTLS off, as scripts/demo builds it)")
    }
    #endif

    let group = MultiThreadedEventLoopGroup(numberOfThreads: options.threads)
    func makeBootstrap(_ initializer: @escaping @Sendable (Channel) -> EventLoopFuture<Void>) -> ServerBootstrap {
        ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .childChannelInitializer(initializer)
    }
    /// Binds `options.host` on `port` (0: an ephemeral one), then every `--loopback-hosts`
    /// address on the port that got; returns the listeners and that port.
    func listen(_ bootstrap: ServerBootstrap, port: Int) -> (listeners: [Channel], port: Int) {
        let first: Channel
        do {
            first = try bootstrap.bind(host: options.host, port: port).wait()
        } catch {
            fail("cannot listen on \(options.host):\(port): \(error)")
        }
        guard let boundPort = first.localAddress?.port else { fail("bound socket has no port") }
        var listeners = [first]
        for host in options.extraHosts {
            do {
                listeners.append(try bootstrap.bind(host: host, port: boundPort).wait())
            } catch {
                fail("cannot listen on \(host):\(boundPort): \(error)")
            }
        }
        return (listeners, boundPort)
    }

    // HTTP/1.1 or h2c, decided by the connection's first bytes (ConnectionSetup.swift).
    let plain = listen(makeBootstrap { ConnectionSetup.initialize($0, router: router) }, port: options.port)
    let port = plain.port
    let base = options.baseURL(port: port)
    var servers = plain.listeners
    var banner = base
    #if FixtureTLS
    if let tlsContext {
        // HTTPS on a second ephemeral port of the same hosts; ALPN picks h2 or HTTP/1.1.
        let secure = listen(
            makeBootstrap { ConnectionSetup.initializeTLS($0, context: tlsContext, router: router) }, port: 0)
        servers += secure.listeners
        banner += "\n" + options.baseURL(port: secure.port, scheme: "https")
    }
    #endif
    let bases = [base] + options.extraHosts.map { "http://\($0):\(port)" }
    do {
        let dns = try DNSResponder.start(on: group, host: options.host, responder: DNSResponder(queries: router.dnsQueries))
        servers.append(dns)
        let dnsPort = dns.localAddress?.port ?? 0
        router.dnsQueries.address.withLockedValue { $0 = options.host.contains(":") ? "[\(options.host)]:\(dnsPort)" : "\(options.host):\(dnsPort)" }
    } catch {
        fail("cannot listen for DNS on \(options.host) (udp): \(error)")
    }

    do {
        if let file = options.casesURLsFile {
            try URLLists.writeCaseURLs(to: file, base: base, fixturesDirectory: fixtures)
        }
        if let file = options.genURLsFile {
            try URLLists.writeGeneratedURLs(to: file, bases: bases, count: options.genCount)
        }
    } catch {
        fail(error.description)
    }

    // SIGINT/SIGTERM and (optionally) stdin EOF all stop the server the same way:
    // close the listening socket, then shut the event loops down below.
    let listeners = servers
    let stop: @Sendable () -> Void = { listeners.forEach { $0.close(promise: nil) } }
    var signalSources: [DispatchSourceSignal] = []
    for signalNumber in [SIGINT, SIGTERM] {
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
        source.setEventHandler(handler: stop)
        source.resume()
        signalSources.append(source)
    }
    if options.exitOnStdinEOF {
        // Tests hold a pipe to our stdin: when they die, the pipe closes and so do we.
        DispatchQueue(label: "fixture-server.stdin").async {
            var buffer = [UInt8](repeating: 0, count: 512)
            while true {
                let count = read(STDIN_FILENO, &buffer, buffer.count)
                if count == 0 || (count < 0 && errno != EINTR) { break }
            }
            stop()
        }
    }

    // Both lines in one write: a reader that sees the first one can read the second at once.
    writeLine(banner, to: STDOUT_FILENO)

    for listener in servers { try? listener.closeFuture.wait() }
    // Closes every open connection, including deliberately stuck ones, and cancels timers.
    try? group.syncShutdownGracefully()
    signalSources.forEach { $0.cancel() }
    return 0
}

exit(runServer())
