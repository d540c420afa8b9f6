/// The one hash that decides where a URL goes: which `--shard` (machine) and which worker
/// process. FNV-1a over the lower-cased host, so every machine and every run agrees, then
/// murmur3's 64-bit finaliser: FNV alone leaves the high bits nearly equal for hosts that differ
/// only at the end (`127.0.0.1` … `127.0.0.8`, `a1.example.com`, `a2.example.com` all went to one
/// worker).
///
/// The shard uses the low 32 bits and the worker the high 32, so that with N shards of P workers
/// each, a shard's hosts still spread over all of its workers.
public enum HostHash {
    public static func of(_ host: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in host.utf8 {
            hash ^= UInt64(byte.asciiLowercased)
            hash = hash &* 0x100_0000_01b3
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash
    }

    static func worker(_ hash: UInt64, of count: Int) -> Int {
        Int((hash >> 32) % UInt64(count))
    }
}
