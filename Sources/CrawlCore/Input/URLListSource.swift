import Synchronization

/// A sequence of URL strings as input lines, numbered from 1. It is iterated on the loop's thread,
/// one element each time a transfer slot wants work, so a lazy sequence is never held whole.
///
/// The sequence need not be `Sendable` (a lazy `map`, an `AnyIterator`, `sequence(state:next:)`
/// over a class are not): `crawl(_:)` takes it as `sending`, so the caller keeps no access to it,
/// and every use of it here holds `SharedURLs`'s lock. Two iterations of the same `CrawlResults`
/// on two loop threads then never touch what the sequence shares (a closure's captures) at once.
final class URLListSource<URLs: Sequence<String>>: LineSource {
    let fd: Int32 = -1
    let isPollable = false
    var readable = false
    private let urls: SharedURLs<URLs>
    private let iteration: Int
    private var number = 0

    init(_ urls: SharedURLs<URLs>) {
        self.urls = urls
        iteration = urls.begin()
    }

    deinit {
        urls.end(iteration)
    }

    func next() -> LineReader.Next {
        guard let url = urls.next(iteration) else { return .end }
        number += 1
        return .line(number: number, bytes: Array(url.utf8)[...])
    }
}

/// The URL sequence of one `crawl(_:)` call and the iterators of its running iterations, behind
/// one lock: the sequence was sent here whole, and no one touches it but under this lock.
/// The lock is taken once per URL line, almost always uncontended (one iteration at a time).
final class SharedURLs<URLs: Sequence<String>>: LineSourceMaker {
    private struct State {
        var urls: URLs
        var iterators: [Int: URLs.Iterator] = [:]
        var nextIteration = 0
    }

    private let state: Mutex<State>

    init(_ urls: sending URLs) {
        state = Mutex(State(urls: urls))
    }

    /// Starts an iteration of its own (each iteration of `CrawlResults` runs the crawl anew).
    func begin() -> Int {
        state.withLock { state in
            let id = state.nextIteration
            state.nextIteration += 1
            state.iterators[id] = state.urls.makeIterator()
            return id
        }
    }

    /// A new iteration's input lines.
    func source() -> any LineSource {
        URLListSource(self)
    }

    func next(_ iteration: Int) -> String? {
        state.withLock { $0.iterators[iteration]?.next() }
    }

    func end(_ iteration: Int) {
        state.withLock { _ = $0.iterators.removeValue(forKey: iteration) }
    }
}
