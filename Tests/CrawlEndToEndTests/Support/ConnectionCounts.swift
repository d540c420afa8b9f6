import Foundation

/// What the fixture server's `/connections` says.
struct ConnectionCounts: Decodable, CustomStringConvertible {
    let open: Int
    let peak: Int

    static func fetch(_ server: FixtureServerProcess) throws -> ConnectionCounts {
        try JSONDecoder().decode(ConnectionCounts.self, from: plainGet(server.url("/connections")))
    }

    var description: String { "open \(open), peak \(peak)" }
}
