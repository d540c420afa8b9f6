/// What one input line turns into, by the rules both the single-process loop and the `--procs`
/// parent apply: blank and comment lines are ignored, lines an earlier run answered (`--resume`)
/// and lines of another machine (`--shard`) are left alone, lines that are not fetchable URLs are
/// answered at once with an error record, and the rest are fetched.
struct LineRouter {
    enum Route {
        case ignore
        case answer(CrawlRecord)
        case fetch(Job)
    }

    let parser: CurlURLParser
    let shard: Shard?
    let skip: AnsweredLines?
    /// For a list given in code (the library): a blank or `#` element is a `bad_url` record, not
    /// a skipped line, so a caller gets exactly one record per element.
    var everyLineIsAURL = false

    /// What the reader gave: a line or an overlong one (the loops handle `wouldBlock` and `end`).
    func route(_ item: LineReader.Next) -> Route {
        switch item {
        case .line(let number, let bytes): return route(number: number, bytes: bytes)
        case .overlong(let number): return routeOverlong(number: number)
        case .wouldBlock, .end: preconditionFailure("only lines are routed")
        }
    }

    func route(number: Int, bytes: ArraySlice<UInt8>) -> Route {
        guard skip?.contains(number) != true else { return .ignore }
        guard let parsed = InputLine.parse(bytes) else {
            guard everyLineIsAURL else { return .ignore }
            let text = String(decoding: bytes, as: UTF8.self)
            return answer(CrawlRecord(url: text, line: number, error: .badURL, errorDetail: "not a URL: blank, or a # comment"))
        }
        switch parsed {
        case .invalid(let url, let reason):
            return answer(CrawlRecord(url: url, line: number, error: .badURL, errorDetail: reason))
        case .url(let text):
            // `example.com/path`: https first, http if https cannot connect (see RetryPolicy).
            let schemeless = InputLine.lacksScheme(text)
            let url = schemeless ? "https://" + text : text
            switch parser.check(url) {
            case .reject(let kind, let detail):
                return answer(CrawlRecord(url: text, line: number, error: kind, errorDetail: detail))
            case .fetch(let host):
                let hash = HostHash.of(host)
                if let shard, !shard.keeps(url: url, hostHash: hash) { return .ignore }
                return .fetch(Job(line: number, url: url, hostKey: hash, host: host, scheme: schemeless ? .httpsFirst : .given))
            }
        }
    }

    /// A line longer than the input buffer: never fetched, always answered (by one shard).
    func routeOverlong(number: Int) -> Route {
        guard skip?.contains(number) != true else { return .ignore }
        return answer(CrawlRecord(url: "", line: number, error: .badURL, errorDetail: "line longer than the input buffer"))
    }

    /// Lines without a host are answered by shard `line % N`, so across shards each is answered once.
    private func answer(_ record: CrawlRecord) -> Route {
        shard?.keeps(line: record.line) == false ? .ignore : .answer(record)
    }
}
