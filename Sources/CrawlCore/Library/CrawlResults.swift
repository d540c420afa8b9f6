#if canImport(Glibc)
import Glibc
#endif

/// Crawls `urls` and delivers one `CrawlRecord` per URL, in completion order, as they finish:
///
///     var configuration = CrawlConfiguration()
///     configuration.concurrency = 16
///     for try await record in crawl(["https://example.com/"], configuration: configuration) {
///         print(record.url, record.title ?? "-")
///     }
///
/// This is the same event loop as the `crawl` command (libcurl's multi interface on epoll, one
/// libxml2 push parser per transfer, `--per-host`/`--delay`/`--rate` and retries), run on a thread
/// of its own that starts when iteration starts. Records are the command's records, `line` being
/// the URL's 1-based position in `urls`; every element gets exactly one record (a blank string is
/// a `bad_url` record, where the command would skip a blank line).
///
/// - Backpressure: when the consumer has not taken `buffer` records, no new transfer starts
///   (those in flight finish), so a slow consumer slows the crawl instead of filling memory.
/// - Cancellation: cancelling the task that iterates (or leaving the loop early) stops the crawl
///   at once; transfers in flight are dropped without records.
/// - Errors: a failure of the machinery itself (libcurl cannot start, no file descriptors) is
///   thrown from the iteration; failures of single URLs are records with `error` set.
///
/// The URLs may be any sequence, a lazy one included, that is never held whole:
///
///     let urls = (1...1_000_000).lazy.map { "https://example.com/page/\($0)" }
///     for try await record in crawl(urls) { … }
///
/// - Parameters:
///   - urls: iterated lazily on the crawl's thread, one element each time a transfer slot is free;
///     its `next()` should not block (reading a local file is fine, waiting on a pipe stalls every
///     transfer). It need not be `Sendable`: it is `sending`, handed over whole, so the caller
///     cannot touch it (nor what its closures capture) while the crawl's thread iterates it.
///   - buffer: records that may wait for the consumer before the crawl pauses.
public func crawl<URLs: Sequence<String>>(
    _ urls: sending URLs, configuration: CrawlConfiguration = CrawlConfiguration(), buffer: Int = 1024
) -> CrawlResults {
    // As an existential, so the closure holds no metatype of `URLs` (which need not be `Sendable`).
    let shared: any LineSourceMaker = SharedURLs(urls)
    return CrawlResults(configuration: configuration, buffer: buffer) { shared.source() }
}

/// The records of one crawl, as an `AsyncSequence`; see `crawl(_:configuration:buffer:)`.
/// Each iteration runs the crawl anew.
public struct CrawlResults: AsyncSequence, Sendable {
    public typealias Element = CrawlRecord

    let configuration: CrawlConfiguration
    let buffer: Int
    let source: @Sendable () -> any LineSource

    public func makeAsyncIterator() -> Iterator {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: CrawlRecord.self)
        let control: LoopControl
        do {
            control = try LoopControl(capacity: buffer)
        } catch {
            continuation.finish(throwing: error)
            return Iterator(base: stream.makeAsyncIterator(), control: nil)
        }
        continuation.onTermination = { _ in control.cancel() }
        let job = LoopJob(configuration: configuration, source: source, control: control, continuation: continuation)
        do {
            try job.start()
        } catch {
            control.close()
            continuation.finish(throwing: error)
        }
        return Iterator(base: stream.makeAsyncIterator(), control: control)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var base: AsyncThrowingStream<CrawlRecord, any Error>.Iterator
        let control: LoopControl?

        public mutating func next() async throws -> CrawlRecord? {
            let record = try await base.next()
            if record != nil { control?.consumed() }
            return record
        }
    }
}

/// One crawl on its own thread: the loop blocks in `epoll_wait`, so it must not run on Swift's
/// cooperative pool. Everything it touches is created and closed on that thread.
private final class LoopJob: Sendable {
    let configuration: CrawlConfiguration
    let source: @Sendable () -> any LineSource
    let control: LoopControl
    let continuation: AsyncThrowingStream<CrawlRecord, any Error>.Continuation

    init(
        configuration: CrawlConfiguration, source: @escaping @Sendable () -> any LineSource, control: LoopControl,
        continuation: AsyncThrowingStream<CrawlRecord, any Error>.Continuation
    ) {
        self.configuration = configuration
        self.source = source
        self.control = control
        self.continuation = continuation
    }

    func start() throws {
        var thread = pthread_t()
        let box = Unmanaged.passRetained(self)
        let code = pthread_create(&thread, nil, { pointer in
            Unmanaged<LoopJob>.fromOpaque(pointer!).takeRetainedValue().body()
            return nil
        }, box.toOpaque())
        guard code == 0 else {
            box.release()
            throw SystemError(errno: code, call: "pthread_create")
        }
        pthread_detach(thread)
    }

    private func body() {
        do {
            let crawler = try Crawler(configuration: configuration)
            defer { crawler.close() }
            _ = try crawler.run(
                source: source(), sink: StreamSink(control, continuation), control: control, everyLineIsAURL: true)
            continuation.finish()
        } catch {
            continuation.finish(throwing: error)
        }
        control.close()
    }
}

/// Hands each record to the stream, counting it against the consumer's buffer.
private final class StreamSink: RecordSink {
    let control: LoopControl
    let continuation: AsyncThrowingStream<CrawlRecord, any Error>.Continuation

    init(_ control: LoopControl, _ continuation: AsyncThrowingStream<CrawlRecord, any Error>.Continuation) {
        self.control = control
        self.continuation = continuation
    }

    func emit(_ record: CrawlRecord) throws {
        control.produced()
        continuation.yield(record)
    }

    func flush() throws {}
}
