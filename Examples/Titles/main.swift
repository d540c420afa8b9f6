import CrawlCore

// titles-example URL…: prints "status<TAB>title<TAB>url" for each URL as it finishes,
// and stops after the first 100 records.
var configuration = CrawlConfiguration()
configuration.concurrency = 16
configuration.timeout = 10

let urls = Array(CommandLine.arguments.dropFirst())
var seen = 0
for try await record in crawl(urls, configuration: configuration) {
    let status = record.status.map(String.init) ?? record.error?.rawValue ?? "-"
    print("\(status)\t\(record.title ?? "")\t\(record.url)")
    seen += 1
    if seen == 100 { break }  // leaving the loop cancels the rest of the crawl
}
