import Testing

@testable import CrawlCore

@Suite struct HostHashTests {
    /// Hosts that differ only in their last characters must still spread over workers and shards.
    @Test(arguments: [2, 3, 4, 8])
    func similarHostsSpreadOverWorkers(count: Int) {
        let hosts = (0..<400).map { "host\($0).example.com" } + (1...200).map { "10.0.0.\($0)" }
        var perWorker = [Int](repeating: 0, count: count)
        var perShard = [Int](repeating: 0, count: count)
        for host in hosts {
            perWorker[HostHash.worker(HostHash.of(host), of: count)] += 1
            perShard[Int(HostHash.of(host) % UInt64(count))] += 1
        }
        let fair = hosts.count / count
        #expect(perWorker.allSatisfy { $0 > fair / 2 && $0 < fair * 3 / 2 }, "\(perWorker)")
        #expect(perShard.allSatisfy { $0 > fair / 2 && $0 < fair * 3 / 2 }, "\(perShard)")
    }

    @Test func caseDoesNotMatter() {
        #expect(HostHash.of("Example.COM") == HostHash.of("example.com"))
    }

    @Test func shardSpecParses() {
        #expect(Shard("0/3") == Shard("0/3"))
        #expect(Shard("2/3")?.index == 2)
        #expect(Shard("3/3") == nil)
        #expect(Shard("-1/3") == nil)
        #expect(Shard("1/0") == nil)
        #expect(Shard("1") == nil)
    }
}
