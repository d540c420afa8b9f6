import OrderedCollections

/// Names resolved by one loop's `Resolver`, positive and negative, as a value with the clock passed
/// in (so its rules are tested without one).
///
/// - An answer is kept for its TTL, at most `maxPositiveNS` (5 min): a crawl of hours still follows
///   DNS changes, and a host's URLs spread over a list find its address again.
/// - A name that does not exist (NXDOMAIN) or has no address (NODATA) is kept for `negativeNS`
///   (10 min): a list with the same dead host on 1,000 lines asks once, not 1,000 times (or 3,000
///   with retries). Temporary failures (timeout, SERVFAIL) are not kept: the retry asks again.
/// - At most `capacity` names, the least recently stored dropped first; an entry is ~150 bytes,
///   so the default 8,192 is ~1.2 MB.
struct DNSCache {
    enum Entry: Equatable {
        /// libcurl's `CURLOPT_RESOLVE` address list: `a.b.c.d,[v6],…`.
        case addresses(String)
        /// Final: the name does not resolve; the detail says why.
        case absent(String)
    }

    let capacity: Int
    static let maxPositiveNS: UInt64 = 300 * 1_000_000_000
    static let negativeNS: UInt64 = 600 * 1_000_000_000
    static let defaultCapacity = 8_192

    private var entries: OrderedDictionary<String, (entry: Entry, expires: UInt64)> = [:]

    init(capacity: Int = DNSCache.defaultCapacity) {
        self.capacity = max(1, capacity)
    }

    var count: Int { entries.count }

    /// The live entry for `host`; an expired one is dropped.
    mutating func lookup(_ host: String, now: UInt64) -> Entry? {
        guard let found = entries[host] else { return nil }
        guard found.expires > now else {
            entries.removeValue(forKey: host)
            return nil
        }
        return found.entry
    }

    /// Stores a positive answer for `ttlSeconds` (capped), or a negative one.
    mutating func store(_ host: String, _ entry: Entry, ttlSeconds: Int = 0, now: UInt64) {
        let lifetime: UInt64
        switch entry {
        case .addresses: lifetime = min(UInt64(max(1, ttlSeconds)) * 1_000_000_000, Self.maxPositiveNS)
        case .absent: lifetime = Self.negativeNS
        }
        entries.removeValue(forKey: host)
        entries[host] = (entry, now + lifetime)
        while entries.count > capacity { entries.removeFirst() }
    }
}
