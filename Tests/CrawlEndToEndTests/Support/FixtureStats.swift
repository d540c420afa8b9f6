import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What the fixture server saw under one `/track/<tag>/` prefix, per local address (host).
struct FixtureStats: Decodable {
    struct Host: Decodable {
        let requests: Int
        let maxInFlight: Int
        let inFlight: Int
        let startsMs: [Double]
        let versions: [String]

        enum CodingKeys: String, CodingKey {
            case requests, versions
            case maxInFlight = "max_in_flight"
            case inFlight = "in_flight"
            case startsMs = "starts_ms"
        }
    }

    let hosts: [String: Host]

    static func fetch(tag: String) throws -> FixtureStats {
        let body = try plainGet(FixtureServerProcess.shared.url("/stats/\(tag)"))
        return try JSONDecoder().decode(FixtureStats.self, from: body)
    }
}

/// A unique `/track/<tag>` prefix for one test, so tests running in parallel never mix their counts.
func newTag(_ name: String) -> String {
    "\(name)-\(UUID().uuidString.prefix(8))"
}

/// A minimal HTTP/1.0 GET over a socket, for reading the fixture server's own bookkeeping routes;
/// kept apart from libcurl so a bug in crawl's HTTP stack cannot hide in the test's.
func plainGet(_ url: String) throws -> Data {
    struct GetError: Error { let what: String }
    guard let parsed = URL(string: url), let host = parsed.host, let port = parsed.port else {
        throw GetError(what: "url \(url)")
    }
    let fd = try connectedSocket(url)
    defer { close(fd) }
    let path = parsed.path + (parsed.query.map { "?\($0)" } ?? "")
    let request = Array("GET \(path) HTTP/1.0\r\nHost: \(host):\(port)\r\n\r\n".utf8)
    guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else {
        throw GetError(what: "send")
    }
    var response = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n <= 0 { break }
        response.append(contentsOf: buffer[..<n])
    }
    guard let end = response.range(of: Data("\r\n\r\n".utf8)) else { throw GetError(what: "no header end") }
    return response[end.upperBound...]
}

/// A TCP socket connected to the host and port of `url` (an IPv4 literal), for the caller to close.
func connectedSocket(_ url: String) throws -> Int32 {
    struct ConnectError: Error { let what: String }
    guard let parsed = URL(string: url), let host = parsed.host, let port = parsed.port else {
        throw ConnectError(what: "url \(url)")
    }
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw ConnectError(what: "socket") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    inet_pton(AF_INET, host, &address.sin_addr)
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else {
        close(fd)
        throw ConnectError(what: "connect \(url)")
    }
    return fd
}
