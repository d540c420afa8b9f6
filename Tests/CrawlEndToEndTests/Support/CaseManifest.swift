import Foundation

/// Fixtures/cases.json, read by the suites that crawl every case.
/// The options FixtureCorpusTests crawls the cases with (short timeouts: some cases never answer).
func caseCrawlArguments() throws -> [String] {
    try caseManifest().crawlArgs
}

func caseCount() throws -> Int {
    try caseManifest().cases
}

struct CaseManifest: Decodable {
    struct Case: Decodable {}
    let crawlArgs: [String]
    let cases: Int

    enum CodingKeys: String, CodingKey {
        case crawlArgs = "crawl_args"
        case cases
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        crawlArgs = try container.decode([String].self, forKey: .crawlArgs)
        cases = try container.decode([Case].self, forKey: .cases).count
    }
}

func caseManifest() throws -> CaseManifest {
    try JSONDecoder().decode(
        CaseManifest.self, from: Data(contentsOf: Binaries.fixtures.appendingPathComponent("cases.json")))
}
