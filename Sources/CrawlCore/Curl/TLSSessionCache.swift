import CCurl
import COpenSSL
import OrderedCollections

/// TLS sessions kept per host name, so a new connection to a host seen before resumes its session
/// (an abbreviated handshake: no certificate chain sent, parsed or verified again).
///
/// libcurl 7.88 has a session cache, but a share handle holds 8 sessions and an easy handle 5
/// (`share.c`, `url.c`), so over thousands of hosts it never hits: measured on the realnet
/// benchmark, 0 of 2,552 handshakes resumed. This cache replaces it, through the one hook libcurl
/// offers, `CURLOPT_SSL_CTX_FUNCTION`, called for every new connection's `SSL_CTX`:
/// - OpenSSL's new-session callback stores each resumable session under its SNI host name
///   (TLS 1.3 tickets arrive after the handshake; a server usually sends two);
/// - an info callback at `SSL_CB_HANDSHAKE_START`, before the ClientHello is built, offers the
///   newest stored session for that name and removes it, since a TLS 1.3 ticket should be used
///   once (RFC 8446 §C.4); the resumed connection brings fresh ones.
///
/// The key is the SNI name alone: libcurl's BIO hides the socket, so the port is not known here.
/// A server on another port of that name that does not know the ticket answers with a full
/// handshake. IP-literal hosts send no SNI and are not cached. Sessions made under one
/// configuration are only offered within it: one cache per crawler, whose transfers share one
/// set of TLS options.
///
/// Bounded in bytes: each session is kept serialized (`i2d_SSL_SESSION`, about 1 KB plus the
/// server's leaf certificate, so 1.5 to 3 KB on the public web) rather than as a live
/// `SSL_SESSION`, which holds the parsed certificate and measured about 4 KB; one per host (the
/// newest); least recently stored host dropped first. Parsing one back costs a few microseconds
/// against the certificate verification a resumed handshake saves.
final class TLSSessionCache {
    /// The most serialized session bytes kept.
    let capacity: Int
    private var sessions: OrderedDictionary<String, [UInt8]> = [:]
    private var bytes = 0
    private var closed = false

    /// Where each `SSL_CTX` points back at its crawler's cache.
    private static let exIndex: Int32 = COpenSSL_ctx_ex_new_index()

    init(capacity: Int = TLSSessionCache.defaultCapacity) {
        self.capacity = max(0, capacity)
    }

    /// 4 MB: every host of the realnet benchmark's 5,000-host list (about 1 KB a session there),
    /// about 2,000 public-web hosts; measured RSS per worker at -c 256 stays under 64 MB.
    static let defaultCapacity = 4 << 20

    deinit {
        assert(closed, "TLSSessionCache was not closed")
    }

    /// Hosts with a stored session, for tests and measurements.
    var count: Int { sessions.count }

    /// Installs the cache on `easy`'s future TLS connections. The cache must outlive the handle.
    func install(on easy: CurlEasy) throws {
        try easy.set(CURLOPT_SSL_CTX_DATA, pointer: Unmanaged.passUnretained(self).toOpaque())
        try easy.set(sslContextCallback: { _, context, user in
            guard let user else { return CURLE_OK }
            let cache = Unmanaged<TLSSessionCache>.fromOpaque(user).takeUnretainedValue()
            cache.prepare(OpaquePointer(context))
            return CURLE_OK
        })
        // libcurl's own 8-entry cache would only duplicate this one.
        try easy.set(CURLOPT_SSL_SESSIONID_CACHE, false)
    }

    private func prepare(_ context: OpaquePointer) {
        SSL_CTX_set_ex_data(context, Self.exIndex, Unmanaged.passUnretained(self).toOpaque())
        // Client-side caching must be on for OpenSSL to call the new-session callback at all;
        // no internal store, this object is the store.
        _ = SSL_CTX_ctrl(context, SSL_CTRL_SET_SESS_CACHE_MODE, Int(SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL), nil)
        SSL_CTX_sess_set_new_cb(context) { ssl, session in
            guard let ssl, let session, let cache = TLSSessionCache.owner(of: ssl),
                let host = COpenSSL_sni_host(ssl)
            else { return 0 }
            cache.store(session, host: String(cString: host))
            // 0: the reference OpenSSL took for the callback is given back (the bytes are kept).
            return 0
        }
        SSL_CTX_set_info_callback(context) { ssl, kind, _ in
            guard kind & SSL_CB_HANDSHAKE_START != 0, let ssl, SSL_get_session(ssl) == nil,
                let cache = TLSSessionCache.owner(of: ssl), let host = COpenSSL_sni_host(ssl),
                let session = cache.take(host: String(cString: host))
            else { return }
            _ = COpenSSL_set_session(ssl, session)
            SSL_SESSION_free(session)
        }
    }

    private static func owner(of ssl: OpaquePointer) -> TLSSessionCache? {
        guard let context = SSL_get_SSL_CTX(ssl), let pointer = SSL_CTX_get_ex_data(context, exIndex) else { return nil }
        return Unmanaged<TLSSessionCache>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Keeps a serialized copy of `session` if it can be resumed, replacing the host's older one.
    func store(_ session: OpaquePointer, host: String) {
        guard !closed, SSL_SESSION_is_resumable(session) == 1 else { return }
        let length = Int(i2d_SSL_SESSION(session, nil))
        guard length > 0, length <= capacity else { return }
        var der = [UInt8](repeating: 0, count: length)
        let written = der.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var cursor = buffer.baseAddress
            return i2d_SSL_SESSION(session, &cursor)
        }
        guard Int(written) == length else { return }
        if let old = sessions.removeValue(forKey: host) { bytes -= old.count }
        sessions[host] = der
        bytes += length
        while bytes > capacity { bytes -= sessions.removeFirst().value.count }
    }

    /// The host's session, parsed back and removed from the cache; the caller frees it.
    func take(host: String) -> OpaquePointer? {
        guard let der = sessions.removeValue(forKey: host) else { return nil }
        bytes -= der.count
        return der.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            var cursor = buffer.baseAddress
            return d2i_SSL_SESSION(nil, &cursor, buffer.count)
        }
    }

    /// After every easy handle is cleaned up (their connections may still store sessions until then).
    func close() {
        guard !closed else { return }
        closed = true
        sessions.removeAll()
        bytes = 0
    }
}
