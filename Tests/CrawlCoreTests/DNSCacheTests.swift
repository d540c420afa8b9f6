import CCares
import Testing

@testable import CrawlCore

@Suite struct DNSCacheTests {
    static let s: UInt64 = 1_000_000_000

    @Test func anAnswerLivesForItsTTLCapped() {
        var cache = DNSCache()
        cache.store("a.test", .addresses("127.0.0.1"), ttlSeconds: 60, now: 0)
        #expect(cache.lookup("a.test", now: 59 * Self.s) == .addresses("127.0.0.1"))
        #expect(cache.lookup("a.test", now: 60 * Self.s) == nil)
        #expect(cache.count == 0, "an expired entry is dropped")
        cache.store("b.test", .addresses("127.0.0.2"), ttlSeconds: 86_400, now: 0)
        #expect(cache.lookup("b.test", now: DNSCache.maxPositiveNS - 1) != nil)
        #expect(cache.lookup("b.test", now: DNSCache.maxPositiveNS) == nil, "a day's TTL is cut to 5 minutes")
        cache.store("c.test", .addresses("127.0.0.3"), ttlSeconds: 0, now: 0)
        #expect(cache.lookup("c.test", now: Self.s / 2) != nil, "TTL 0 still serves the slots asking at once")
    }

    @Test func aMissingNameIsRememberedForTenMinutes() {
        var cache = DNSCache()
        cache.store("nx.test", .absent("nx.test does not exist (NXDOMAIN)"), now: 0)
        #expect(cache.lookup("nx.test", now: DNSCache.negativeNS - 1) == .absent("nx.test does not exist (NXDOMAIN)"))
        #expect(cache.lookup("nx.test", now: DNSCache.negativeNS) == nil)
    }

    @Test func theOldestNamesMakeRoom() {
        var cache = DNSCache(capacity: 3)
        for (i, name) in ["a", "b", "c", "d"].enumerated() {
            cache.store(name, .addresses("127.0.0.\(i)"), ttlSeconds: 60, now: 0)
        }
        #expect(cache.count == 3)
        #expect(cache.lookup("a", now: 0) == nil)
        cache.store("b", .addresses("127.0.0.9"), ttlSeconds: 60, now: 0)
        cache.store("e", .addresses("127.0.0.5"), ttlSeconds: 60, now: 0)
        #expect(cache.lookup("b", now: 0) == .addresses("127.0.0.9"), "storing again makes a name recent")
        #expect(cache.lookup("c", now: 0) == nil)
    }
}

/// Which c-ares outcomes are final (`dns`, not retried, cached) and which are worth a retry.
@Suite struct ResolverClassificationTests {
    static let final: [Int32] = [ARES_ENOTFOUND, ARES_ENODATA, ARES_EBADNAME]
    static let temporary: [Int32] = [ARES_ETIMEOUT, ARES_ESERVFAIL, ARES_EREFUSED, ARES_ECONNREFUSED, ARES_EFORMERR, ARES_ENOTIMP]

    @Test(arguments: final)
    func absentNamesAreFinal(status: Int32) {
        guard case .absent(let detail) = Resolver.classify(status, host: "x.test") else {
            Issue.record("\(status) should be final")
            return
        }
        #expect(detail.contains("x.test"))
    }

    @Test(arguments: temporary)
    func failingServersAreTemporary(status: Int32) {
        guard case .failed(let detail) = Resolver.classify(status, host: "x.test") else {
            Issue.record("\(status) should be temporary")
            return
        }
        #expect(detail.contains("x.test"))
    }
}
