import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A raw TCP server on 127.0.0.1 (port 0) that answers what no HTTP library would send: no status
/// line, status 9999, a 10 MB header, a stall right after the title. The fixture server, built on
/// SwiftNIO's HTTP encoder, cannot break HTTP this way. One thread accepts, one per connection
/// answers; each connection serves one request and closes.
final class HostileServer: @unchecked Sendable {
    /// What the server sends for a path (the request's query is ignored).
    enum Reply {
        /// These bytes, then close.
        case raw([UInt8])
        /// These bytes, then silence on the open connection until `release(_:)` is called with
        /// the tag (then `rest` and close) or the client closes (then `gaveUp` says so).
        case stall(tag: String, head: [UInt8], rest: [UInt8])
    }

    let port: Int
    private let listener: Int32
    private let routes: [String: Reply]
    private let lock = NSLock()
    private var released: Set<String> = []
    /// Stalls whose client closed before the release: tag → true.
    private var clientLeft: [String: Bool] = [:]
    private var stopped = false

    init(routes: [String: Reply]) throws {
        self.routes = routes
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && listen(fd, 128) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else {
            Glibc.close(fd)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Lets the stall tagged `tag` send the rest of its body.
    func release(_ tag: String) {
        lock.withLock { _ = released.insert(tag) }
    }

    /// For a stall: true if its client closed before `release`, false if it was still there,
    /// nil while neither happened.
    func clientLeftEarly(_ tag: String) -> Bool? {
        lock.withLock { clientLeft[tag] }
    }

    func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client >= 0 { _ = fcntl(client, F_SETFD, FD_CLOEXEC) }
            if client < 0 {
                if errno == EINTR { continue }
                Glibc.close(listener)
                return
            }
            Thread.detachNewThread { [self] in serve(client) }
        }
    }

    private func serve(_ client: Int32) {
        defer { Glibc.close(client) }
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.containsHeaderEnd {
            let n = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return }
            request += buffer[..<n]
            if request.count > 65536 { return }
        }
        let line = String(decoding: request.prefix { $0 != 0x0D }, as: UTF8.self).split(separator: " ")
        let path = line.count > 1 ? String(line[1].prefix { $0 != "?" }) : "/"
        switch routes[path] {
        case .raw(let bytes)?:
            sendAll(client, bytes)
            // Let the client read everything before the close (no reset over unread request bytes).
            shutdown(client, Int32(SHUT_WR))
            _ = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
        case .stall(let tag, let head, let rest)?:
            sendAll(client, head)
            while true {
                if lock.withLock({ released.contains(tag) || stopped }) {
                    lock.withLock { clientLeft[tag] = clientLeft[tag] ?? false }
                    sendAll(client, rest)
                    return
                }
                var poller = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, 20) > 0 {
                    // Readable with nothing to read: the client closed.
                    let n = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                    if n == 0 || (n < 0 && errno != EAGAIN) {
                        lock.withLock { clientLeft[tag] = true }
                        return
                    }
                }
            }
        case nil:
            sendAll(client, Array("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
        }
    }

    private func sendAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                return
            }
            offset += n
        }
    }
}

extension [UInt8] {
    fileprivate var containsHeaderEnd: Bool {
        guard count >= 4 else { return false }
        for i in 0...(count - 4) where self[i] == 0x0D && self[i + 1] == 0x0A && self[i + 2] == 0x0D && self[i + 3] == 0x0A {
            return true
        }
        return false
    }
}
