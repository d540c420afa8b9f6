import Foundation
import Testing

/// The DocC catalog's landing page (`Sources/CrawlCore/CrawlCore.docc/CrawlCore.md`) puts every
/// public type of CrawlCore in a topic group, so none lands in DocC's catch-all "Structures" or
/// "Classes" sections: a new public type without a place there fails here.
@Suite struct DocumentationCatalogTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CrawlCore")

    /// `public struct Name`, `public final class Name`, … at the start of a line: the top-level
    /// public types (nested ones are indented, and DocC lists them under their parent).
    static func publicTypes() throws -> Set<String> {
        let pattern = try Regex(#"^public (?:final )?(?:struct|class|enum|protocol|actor|typealias) ([A-Za-z0-9_]+)"#)
            .anchorsMatchLineEndings()
        var names: Set<String> = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }

    @Test func everyPublicTypeIsInATopicGroup() throws {
        let landing = try String(
            contentsOf: Self.sources.appendingPathComponent("CrawlCore.docc/CrawlCore.md"), encoding: .utf8)
        let start = try #require(landing.range(of: "## Topics"))
        let topics = String(landing[start.lowerBound...])
        let types = try Self.publicTypes()
        #expect(types.count > 20, "the scan found \(types.count) types")
        let missing = types.filter { !topics.contains("- ``\($0)``") }
        #expect(missing.isEmpty, "public types outside the DocC topic groups: \(missing.sorted())")
    }
}
