import CrawlCore
import Foundation

public enum Records {
    /// A successful fetch: every field set; the title has a few non-ASCII characters and one `"`.
    public static let typical = CrawlRecord(
        url: "https://www.example.com/places/cafe-muller?utm_source=newsletter",
        line: 1234,
        finalURL: "https://www.example.com/places/cafe-muller",
        status: 200,
        title: "Café Müller – Opening hours & \"menu\" | Example News",
        contentType: "text/html; charset=utf-8",
        charset: "utf-8",
        redirects: 1,
        bytes: 33_792,
        elapsedMS: 187
    )

    /// A failed fetch: nulls for everything the server never said, an error kind and its detail.
    public static let error = CrawlRecord(
        url: "https://no-such-host.example.invalid/index.html",
        line: 7,
        error: .dns,
        errorDetail: "Could not resolve host: no-such-host.example.invalid"
    )

    public static let all: [(name: String, record: CrawlRecord)] = [("typical", typical), ("error", error)]

    /// The encoder the crawler used before `RecordJSON`, configured the same way.
    public static func makeJSONEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Crashes unless both encoders produce JSON that decodes back to `record`.
    public static func verify(_ record: CrawlRecord) {
        var out: [UInt8] = []
        RecordJSON.append(record, to: &out)
        let fromHandWritten = try? JSONDecoder().decode(CrawlRecord.self, from: Data(out))
        guard fromHandWritten == record else {
            fatalError("RecordJSON output does not decode back to the record: \(String(decoding: out, as: UTF8.self))")
        }
        let data = try! makeJSONEncoder().encode(record)
        guard (try? JSONDecoder().decode(CrawlRecord.self, from: data)) == record else {
            fatalError("JSONEncoder output does not decode back to the record")
        }
    }
}
