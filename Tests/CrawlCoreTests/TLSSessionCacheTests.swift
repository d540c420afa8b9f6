import COpenSSL
import Testing

@testable import CrawlCore

/// The cache's own rules, on sessions made here (a session id makes one resumable); that libcurl's
/// connections really resume through it is checked end to end against the fixture server.
@Suite struct TLSSessionCacheTests {
    /// TLS_AES_128_GCM_SHA256, for sessions that serialize (an entry of libssl's static table).
    static func cipher() -> OpaquePointer {
        let context = SSL_CTX_new(TLS_client_method())!
        let ssl = SSL_new(context)!
        defer {
            SSL_free(ssl)
            SSL_CTX_free(context)
        }
        return [UInt8]([0x13, 0x01]).withUnsafeBufferPointer { SSL_CIPHER_find(ssl, $0.baseAddress) }!
    }

    /// A resumable session with `id` as its session id (the caller frees it).
    static func session(_ id: UInt8) -> OpaquePointer {
        let session = SSL_SESSION_new()!
        var bytes = [UInt8](repeating: id, count: 32)
        _ = SSL_SESSION_set1_id(session, &bytes, 32)
        _ = SSL_SESSION_set_protocol_version(session, TLS1_3_VERSION)
        _ = SSL_SESSION_set_cipher(session, cipher())
        var key = [UInt8](repeating: 7, count: 32)
        _ = SSL_SESSION_set1_master_key(session, &key, 32)
        return session
    }

    static func id(_ session: OpaquePointer) -> UInt8? {
        var length: UInt32 = 0
        guard let bytes = SSL_SESSION_get_id(session, &length), length > 0 else { return nil }
        return bytes[0]
    }

    @Test func aSessionIsTakenOnceAndTheNewestWins() throws {
        let cache = TLSSessionCache()
        defer { cache.close() }
        for id: UInt8 in [1, 2] {
            let made = Self.session(id)
            cache.store(made, host: "a.test")
            SSL_SESSION_free(made)
        }
        #expect(cache.count == 1, "one session per host")
        let taken = try #require(cache.take(host: "a.test"))
        #expect(Self.id(taken) == 2)
        SSL_SESSION_free(taken)
        #expect(cache.take(host: "a.test") == nil, "a TLS 1.3 ticket is used once")
        #expect(cache.take(host: "b.test") == nil)
    }

    @Test func theBytesAreBounded() throws {
        let one = Self.session(0)
        let size = Int(i2d_SSL_SESSION(one, nil))
        SSL_SESSION_free(one)
        try #require(size > 0)
        let cache = TLSSessionCache(capacity: 3 * size)
        defer { cache.close() }
        for id: UInt8 in 1...5 {
            let made = Self.session(id)
            cache.store(made, host: "h\(id).test")
            SSL_SESSION_free(made)
        }
        #expect(cache.count == 3)
        #expect(cache.take(host: "h1.test") == nil && cache.take(host: "h2.test") == nil, "the oldest went first")
        let kept = try #require(cache.take(host: "h5.test"))
        #expect(Self.id(kept) == 5)
        SSL_SESSION_free(kept)
    }

    @Test func aSessionThatCannotBeResumedIsNotKept() {
        let cache = TLSSessionCache()
        defer { cache.close() }
        let bare = SSL_SESSION_new()!
        cache.store(bare, host: "a.test")
        SSL_SESSION_free(bare)
        #expect(cache.count == 0)
    }
}
