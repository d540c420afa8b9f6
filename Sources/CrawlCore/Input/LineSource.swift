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

/// A sequence of URL strings as input lines, numbered from 1. It is iterated on the loop's thread,
/// one element each time a transfer slot wants work, so a lazy sequence is never held whole.
final class URLListSource<URLs: Sequence<String>>: LineSource {
    let fd: Int32 = -1
    let isPollable = false
    var readable = false
    private var iterator: URLs.Iterator
    private var number = 0

    init(_ urls: URLs) {
        iterator = urls.makeIterator()
    }

    func next() -> LineReader.Next {
        guard let url = iterator.next() else { return .end }
        number += 1
        return .line(number: number, bytes: Array(url.utf8)[...])
    }
}
