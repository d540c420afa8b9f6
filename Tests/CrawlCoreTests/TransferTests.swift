import Testing

@testable import CrawlCore

/// The record's `timing`, from libcurl's cumulative phase times (µs from the start).
@Suite struct TransferTests {
    @Test func eachPhaseGetsItsOwnLength() {
        let timing = Transfer.timing(
            resolveUS: 100, nameLookup: 20, connect: 220, appConnect: 1_220, startTransfer: 3_000, total: 3_500)
        #expect(timing == Timing(dnsUS: 120, connectUS: 200, tlsUS: 1_000, ttfbUS: 3_100, totalUS: 3_600))
    }

    /// A host libcurl could not resolve (a proxy's): every phase 0 and a little total. No request
    /// happened, so `timing` is null, as for a name crawl's own resolver refused.
    @Test func noPhaseEndedIsNull() {
        #expect(Transfer.timing(resolveUS: 0, nameLookup: 0, connect: 0, appConnect: 0, startTransfer: 0, total: 177) == nil)
        #expect(Transfer.timing(resolveUS: 0, nameLookup: 0, connect: 0, appConnect: 0, startTransfer: 0, total: 0) == nil)
    }

    /// A refused connection ended its lookup: its timing stays, with 0 for connect.
    @Test func aRefusedConnectionKeepsItsLookup() {
        let timing = Transfer.timing(resolveUS: 0, nameLookup: 22, connect: 0, appConnect: 0, startTransfer: 0, total: 557)
        #expect(timing == Timing(dnsUS: 22, connectUS: 0, tlsUS: nil, ttfbUS: 0, totalUS: 557))
    }

    /// A reused connection has 0 for the lookup and connect, but a first byte.
    @Test func aReusedConnectionKeepsItsTiming() {
        let timing = Transfer.timing(resolveUS: 0, nameLookup: 0, connect: 0, appConnect: 0, startTransfer: 900, total: 1_000)
        #expect(timing == Timing(dnsUS: 0, connectUS: 0, tlsUS: nil, ttfbUS: 900, totalUS: 1_000))
    }
}
