/// `--shard I/N`: this run keeps the URLs whose host (or, `--shard-by url`, whole URL) hashes to
/// shard I of N (0-based), so N machines given the same list split it without a coordinator.
/// Lines that are not fetchable URLs (which have no host) are kept by shard `line % N`, so across
/// all shards each line is answered once.
public struct Shard: Sendable, Equatable {
    /// What is hashed. By host, every URL of a host lands on one machine, so `--per-host`,
    /// `--delay` and `--rate` hold across machines; by URL, a list of few hosts splits evenly.
    public enum Key: String, Sendable, CaseIterable {
        case host, url
    }

    public let index: Int
    public let count: Int
    public let key: Key

    public init?(_ text: String, by key: Key = .host) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else {
            return nil
        }
        index = i
        count = n
        self.key = key
    }

    public func keeps(hash: UInt64) -> Bool {
        Int(hash % UInt64(count)) == index
    }

    public func keeps(line: Int) -> Bool {
        line % count == index
    }

    /// Whether this shard fetches `url` (scheme included, as fetched) of the host hashing to `hostHash`.
    func keeps(url: String, hostHash: UInt64) -> Bool {
        keeps(hash: key == .host ? hostHash : HostHash.of(url))
    }
}
