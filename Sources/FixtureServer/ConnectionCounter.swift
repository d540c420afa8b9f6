import NIOConcurrencyHelpers
import NIOCore

/// Counts the TCP connections open right now (plain and TLS, every listening address) and the
/// most that were open at once, so a test can bound how many connections a client keeps.
///
/// A connection counts from the moment it is accepted (before any TLS handshake, so failed
/// handshakes count too) until the server has closed it; a client's close is seen when the
/// server reads the end of the stream, a moment later. The numbers are global to the process:
/// a test that checks them starts its own fixture server, so parallel tests cannot disturb them.
///
/// One instance is shared by every event loop, hence the lock.
final class ConnectionCounter: Sendable {
    private struct Counts {
        var open = 0
        var peak = 0
    }

    private let counts = NIOLockedValueBox(Counts())

    /// Counts `channel` as open until it closes. Called once per accepted connection.
    func track(_ channel: Channel) {
        counts.withLockedValue { counts in
            counts.open += 1
            counts.peak = max(counts.peak, counts.open)
        }
        channel.closeFuture.whenComplete { _ in
            self.counts.withLockedValue { $0.open -= 1 }
        }
    }

    /// `{"open":n,"peak":m}`, taken before an optional reset. `open` includes the connection the
    /// asking request came on; `peak` includes it only if it was open at the busiest moment.
    /// `reset` restarts `peak` from the current `open`, for a test that wants a fresh window.
    func json(reset: Bool) -> String {
        let (open, peak) = counts.withLockedValue { counts in
            let numbers = (counts.open, counts.peak)
            if reset { counts.peak = counts.open }
            return numbers
        }
        return "{\"open\":\(open),\"peak\":\(peak)}"
    }
}
