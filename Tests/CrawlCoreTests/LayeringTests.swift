import Foundation
import Testing

/// The folders of `Sources/CrawlCore` stack one way (README, "Layout"): a file may name the types
/// of its own folder and of the folders below it, never above. Found by reading the sources: the
/// top-level types each folder declares, and the capitalised names each file uses outside
/// comments and string literals.
@Suite struct LayeringTests {
    /// Bottom to top; folders on one line may use each other.
    static let layers: [[String]] = [
        ["Support", "EventLoop"],
        ["HTML"],
        ["Records"],
        ["Curl"],
        ["Scheduling"],
        ["DNS"],
        ["Output"],
        ["Input"],
        ["Reporting"],
        ["Crawl"],
        ["Workers"],
        ["Library"],
    ]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/CrawlCore")

    static func layer(of folder: String) -> Int? { layers.firstIndex { $0.contains(folder) } }

    /// Comments and string literals removed (roughly: enough for names in them not to count).
    static func code(_ source: String) -> String {
        var out = ""
        var lines = source.components(separatedBy: "\n")
        var inBlockString = false
        for i in lines.indices {
            var line = lines[i]
            if line.contains("\"\"\"") {
                inBlockString.toggle()
                line = ""
            }
            if inBlockString { line = "" }
            if let comment = line.range(of: "//") { line = String(line[..<comment.lowerBound]) }
            line = line.replacingOccurrences(of: #""(?:\\.|[^"\\])*""#, with: "\"\"", options: .regularExpression)
            lines[i] = line
        }
        out = lines.joined(separator: "\n")
        return out
    }

    @Test func everyFolderUsesOnlyTheFoldersBelowIt() throws {
        let files = (FileManager.default.enumerator(atPath: Self.root.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".swift") }
        try #require(files.count > 50)
        var owner: [String: String] = [:]
        var sources: [(folder: String, file: String, code: String)] = []
        let declaration = try NSRegularExpression(
            pattern: #"^(?:public |private |fileprivate |internal |final |open |indirect )*(?:struct|class|enum|protocol|actor|typealias)\s+([A-Z][A-Za-z0-9_]*)"#,
            options: .anchorsMatchLines)
        for file in files {
            let folder = String(file.split(separator: "/")[0])
            #expect(Self.layer(of: folder) != nil, "Sources/CrawlCore/\(folder) is in no layer: add it to `layers` and the README")
            let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in declaration.matches(in: text, range: range) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                owner[name] = owner[name] ?? folder
            }
            sources.append((folder, file, Self.code(text)))
        }
        let identifier = try NSRegularExpression(pattern: #"\b[A-Z][A-Za-z0-9_]*\b"#)
        var violations: [String] = []
        for (folder, file, code) in sources {
            guard let mine = Self.layer(of: folder) else { continue }
            var seen = Set<String>()
            for match in identifier.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
                let name = String(code[Range(match.range, in: code)!])
                guard seen.insert(name).inserted, let other = owner[name], other != folder,
                    let theirs = Self.layer(of: other), theirs > mine
                else { continue }
                violations.append("\(file) uses \(name) of \(other)/")
            }
        }
        #expect(violations.isEmpty, "layers broken:\n\(violations.joined(separator: "\n"))")
    }
}
