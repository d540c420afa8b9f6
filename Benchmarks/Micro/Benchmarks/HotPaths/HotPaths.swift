import Benchmark
import CrawlCore
import Foundation
import MicroFixtures

/// crawl's per-page hot paths: title extraction (libxml2 push parser behind `TitleExtractor`) and
/// the JSON Lines record encoder. See ../../README.md for how to run these and read the numbers.
let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .instructions, .mallocCountTotal, .throughput]

    // MARK: Title extraction, one page per iteration

    for page in Pages.all {
        // One extractor per shape, reused across iterations as the crawler reuses one per transfer.
        let extractor = TitleExtractor()
        // Outside the measured loop: a wrong title stops the run instead of producing numbers.
        verify(extractor, page)

        Benchmark(
            "Title/\(page.name) \((page.body.count + 512) / 1024)KB",
            configuration: .init(metrics: metrics, timeUnits: .nanoseconds, maxDuration: .seconds(2))
        ) { benchmark in
            blackHole(extractTitle(extractor, page))
        }
    }

    // MARK: JSON Lines encoding, 1000 records per iteration (numbers shown per record)

    for (name, record) in Records.all {
        Records.verify(record)

        Benchmark(
            "JSON/RecordJSON.append/\(name)",
            configuration: .init(metrics: metrics, timeUnits: .nanoseconds, scalingFactor: .kilo)
        ) { benchmark in
            var out: [UInt8] = []
            out.reserveCapacity(1024)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                out.removeAll(keepingCapacity: true)
                RecordJSON.append(record, to: &out)
                blackHole(out)
            }
        }

        let encoder = Records.makeJSONEncoder()
        Benchmark(
            "JSON/JSONEncoder.encode/\(name)",
            configuration: .init(metrics: metrics, timeUnits: .nanoseconds, scalingFactor: .kilo)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try! encoder.encode(record))
            }
        }
    }
}
