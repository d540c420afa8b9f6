/// `--rate R`: at most R request starts per second, over everything one scheduler starts.
///
/// The bucket holds at most `burst` tokens and gains R per second; a start takes one. The burst is
/// a tenth of a second's worth (at least one), so a run holds its rate over any window longer than
/// that, while the event loop (which wakes at millisecond granularity) can still start several
/// transfers per wake-up at high rates.
struct TokenBucket {
    let perSecond: Double
    let burst: Double
    private var tokens: Double
    private var updatedNS: UInt64

    /// - Parameter burst: the most tokens held; nil = a tenth of a second's worth (at least one).
    init(perSecond: Double, burst: Double? = nil, now: UInt64) {
        precondition(perSecond > 0)
        self.perSecond = perSecond
        self.burst = max(1, burst ?? perSecond / 10)
        // Start with one token, not a full burst: the first tenth of a second is not a spike.
        tokens = 1
        updatedNS = now
    }

    private mutating func refill(_ now: UInt64) {
        guard now > updatedNS else { return }
        tokens = min(burst, tokens + Double(now - updatedNS) * perSecond / 1e9)
        updatedNS = now
    }

    mutating func take(_ now: UInt64) -> Bool {
        refill(now)
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }

    /// When the next token will be there (now if it already is).
    mutating func nextTokenNS(_ now: UInt64) -> UInt64 {
        refill(now)
        if tokens >= 1 { return now }
        return now + UInt64(((1 - tokens) * 1e9 / perSecond).rounded(.up))
    }
}
