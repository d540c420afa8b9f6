import Testing

@testable import CrawlCore

/// The one value a `--procs` worker gets: every field of the configuration survives the trip
/// (so an option added to `CrawlConfiguration` reaches the workers with no other change).
@Suite struct WorkerSettingsTests {
    /// A configuration with every field away from its default. `everyFieldIsSet` fails when a
    /// field is added to `CrawlConfiguration` and not here, so the round trip covers it too.
    static let unusual: CrawlConfiguration = {
        var c = CrawlConfiguration()
        c.concurrency = 7
        c.timeout = 1.25
        c.connectTimeout = 0.5
        c.maxRedirects = 3
        c.maxBytes = 12_345
        c.drainMax = 0
        c.lowSpeedLimit = 99
        c.lowSpeedTime = 4
        c.perHost = 0
        c.delayMS = 250
        c.rate = 2.5
        c.retries = 0
        c.retryBackoff = 0.01
        c.retryAfterMax = 7
        c.userAgent = "agent/1 \"quoted\" \u{e9}"
        c.headers = ["X-One: 1", "Authorization: Bearer t=ok", "Accept:"]
        c.insecure = true
        c.caFile = "/tmp/ca file.pem"
        c.caPath = "/etc/ssl/other"
        c.httpVersion = .http2PriorKnowledge
        c.proxy = "socks5h://127.0.0.1:1080"
        c.noProxy = "localhost,*.internal"
        c.dnsServers = "127.0.0.1:5353,[::1]:53"
        c.resolve = ["a.test:443:127.0.0.1", "b.test:80:::1"]
        c.cookies = true
        return c
    }()

    @Test func everyFieldIsSet() {
        let defaults = Mirror(reflecting: CrawlConfiguration()).children.map { String(describing: $0.value) }
        let set = Mirror(reflecting: Self.unusual).children.map { ($0.label ?? "?", String(describing: $0.value)) }
        #expect(set.count == defaults.count)
        for (index, (label, value)) in set.enumerated() {
            #expect(value != defaults[index], "CrawlConfiguration.\(label) is at its default here: set it in `unusual`")
        }
    }

    @Test func theSettingsSurviveTheTrip() throws {
        let settings = WorkerSettings(
            configuration: Self.unusual, grace: 0.75, formatter: RecordFormatter(format: .tsv, fields: [.line, .title, .error]),
            parentPID: 4242)
        let entry = try settings.environmentEntry()
        #expect(entry.hasPrefix(WorkerSettings.environmentName + "="))
        let decoded = try WorkerSettings.decode(String(entry.dropFirst(WorkerSettings.environmentName.count + 1)))
        #expect(decoded == settings)
        #expect(decoded.configuration == Self.unusual)
        #expect(decoded.formatter.fields == [.line, .title, .error])
        // The environment entry is one line and no NUL: JSON escapes control characters.
        #expect(!entry.utf8.contains(0) && !entry.utf8.contains(0x0A))
    }

    @Test func aMalformedValueSaysSo() {
        #expect(throws: WorkerSettings.ReadError.self) { try WorkerSettings.decode("{\"grace\": 1}") }
    }
}
