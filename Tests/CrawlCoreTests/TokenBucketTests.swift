import Testing

@testable import CrawlCore

@Suite struct TokenBucketTests {
    static let ms: UInt64 = 1_000_000

    @Test func theRateHoldsAndTheBurstIsCapped() {
        var bucket = TokenBucket(perSecond: 1_000, burst: 3, now: 0)
        let first = bucket.take(0)
        let second = bucket.take(0)
        #expect(first && !second, "one token to start with")
        let next = bucket.nextTokenNS(0)
        #expect(next == 1 * Self.ms)
        // A long pause fills the bucket only up to its burst.
        var taken = 0
        for _ in 0..<5 where bucket.take(1_000 * Self.ms) { taken += 1 }
        #expect(taken == 3)
        let after = bucket.nextTokenNS(1_000 * Self.ms)
        #expect(after == 1_001 * Self.ms)
    }

    @Test func theDefaultBurstIsATenthOfASecond() {
        #expect(TokenBucket(perSecond: 500, now: 0).burst == 50)
        #expect(TokenBucket(perSecond: 2, now: 0).burst == 1)
    }
}
