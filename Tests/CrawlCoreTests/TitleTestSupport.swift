@testable import CrawlCore

/// Runs a body through a fresh extractor in chunks of `chunkSize` bytes, as the network would.
func extractTitle(
    _ body: [UInt8], declared: String? = nil, chunkSize: Int = .max
) -> (title: String?, charset: String?, stoppedEarly: Bool) {
    let extractor = TitleExtractor()
    defer { extractor.close() }
    extractor.begin(declaredCharset: declared.flatMap(Charset.fromContentType))
    var offset = 0
    var stopped = false
    while offset < body.count {
        let end = min(body.count, offset + max(1, min(chunkSize, body.count)))
        let done = body[offset..<end].withUnsafeBytes { extractor.feed($0) }
        offset = end
        if done {
            stopped = offset < body.count
            break
        }
    }
    extractor.finish()
    return (extractor.title, extractor.charset?.name, stopped)
}

func extractTitle(_ html: String, declared: String? = nil, chunkSize: Int = .max) -> String? {
    extractTitle(Array(html.utf8), declared: declared, chunkSize: chunkSize).title
}
