/// Where the event loop gets its lines: a file or pipe (`LineReader`), or a Swift sequence of URLs
/// (`URLListSource`, for library callers).
protocol LineSource: AnyObject {
    /// The fd to watch before reading when `isPollable`; ignored otherwise.
    var fd: Int32 { get }
    var isPollable: Bool { get }
    /// Set by the loop when epoll reports `fd` readable.
    var readable: Bool { get set }
    func next() throws -> LineReader.Next
}

extension LineReader: LineSource {}

/// Makes the lines of one iteration of `CrawlResults`, on the crawl's thread.
protocol LineSourceMaker: Sendable {
    func source() -> any LineSource
}
