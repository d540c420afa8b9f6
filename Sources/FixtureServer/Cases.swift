#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// URL lists written for tests and load runs once the server knows its port.
///
/// They are written before the base URL line is printed, so whoever reads that
/// line can use the files at once without polling.
enum URLLists {
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    /// Only the field this server needs from `Fixtures/cases.json`; the crawler's
    /// tests read the expectations themselves.
    private struct CasesFile: Decodable {
        struct Case: Decodable {
            var path: String
        }
        var cases: [Case]
    }

    /// The `path` of every case in `cases.json`, in file order.
    static func casePaths(fixturesDirectory: String) throws(WriteError) -> [String] {
        let file = fixturesDirectory + "/cases.json"
        guard let data = FileManager.default.contents(atPath: file) else {
            throw WriteError(description: "cannot read \(file)")
        }
        do {
            return try JSONDecoder().decode(CasesFile.self, from: data).cases.map(\.path)
        } catch {
            throw WriteError(description: "cannot parse \(file): \(error)")
        }
    }

    /// Writes one absolute URL per case (base + path).
    static func writeCaseURLs(to file: String, base: String, fixturesDirectory: String) throws(WriteError) {
        let urls = try casePaths(fixturesDirectory: fixturesDirectory).map { base + $0 }
        try write(lines: urls, to: file)
    }

    /// Writes `BASE/gen/0 … BASE/gen/<count-1>`.
    /// Page i is served from host i mod N (127.0.0.1, .2, …), so load runs span N hosts.
    static func writeGeneratedURLs(to file: String, bases: [String], count: Int) throws(WriteError) {
        try write(lines: (0..<count).lazy.map { "\(bases[$0 % bases.count])/gen/\($0)" }, to: file)
    }

    private static func write<Lines: Sequence<String>>(lines: Lines, to file: String) throws(WriteError) {
        var text = ""
        for line in lines {
            text += line
            text += "\n"
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        } catch {
            throw WriteError(description: "cannot write \(file): \(error)")
        }
    }
}
