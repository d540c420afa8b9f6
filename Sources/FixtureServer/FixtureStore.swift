#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore

/// The files of `Fixtures/pages`, loaded once at start-up.
///
/// The corpus is small (well under 2 MB), so holding it in memory makes every
/// static route a dictionary lookup plus a zero-copy `ByteBuffer` share, with no
/// file I/O on the event loops and no way to reach files outside `pages/`.
struct FixtureStore: Sendable {
    let directory: String
    private let pages: [String: ByteBuffer]

    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    static func load(from directory: String) throws(LoadError) -> FixtureStore {
        let pagesDirectory = directory + "/pages"
        let files = FileManager.default
        let names: [String]
        do {
            names = try files.contentsOfDirectory(atPath: pagesDirectory)
        } catch {
            throw LoadError(description: "cannot list \(pagesDirectory): no such directory or not readable")
        }
        var pages: [String: ByteBuffer] = [:]
        for name in names where !name.hasPrefix(".") {
            guard let data = files.contents(atPath: pagesDirectory + "/" + name) else {
                continue  // a sub-directory or unreadable entry: the store is flat
            }
            pages[name] = ByteBuffer(bytes: data)
        }
        return FixtureStore(directory: directory, pages: pages)
    }

    /// The bytes of `pages/<name>`, or nil when there is no such page.
    func page(named name: String) -> ByteBuffer? {
        pages[name]
    }

    /// The Content-Type for a page, from its extension. HTML deliberately has no
    /// charset parameter so the crawler's own charset detection is what gets tested.
    static func contentType(forPageNamed name: String) -> String {
        let fileExtension = name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
        switch fileExtension {
        case "html", "htm": return "text/html"
        case "xhtml": return "application/xhtml+xml"
        case "txt": return "text/plain"
        case "png": return "image/png"
        case "json": return "application/json"
        default: return "application/octet-stream"
        }
    }
}
