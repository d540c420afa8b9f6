import CCrawlSupport

/// Process-wide malloc settings for a crawling process; the `crawl` command applies them in the
/// parent and in every worker. A program embedding `CrawlCore` may call `apply()` once at start.
public enum MemoryTuning {
    /// Allocations of 16 KB and more (libcurl's per-handle receive buffer, OpenSSL's record
    /// buffers, which it frees when a connection goes idle) get their own mapping and go back to
    /// the kernel when freed, instead of fragmenting the heap that thousands of short-lived
    /// connections churn through. glibc's default threshold starts at 128 KB and grows. Measured
    /// on the realnet benchmark at -c 256 (BENCHMARKS.md): peak RSS per worker 65 → 60 MB, CPU
    /// per URL unchanged within noise.
    public static let mmapThreshold: Int32 = 16 * 1024

    public static func apply() {
        _ = CCrawlSupport_malloc_mmap_threshold(mmapThreshold)
    }
}
