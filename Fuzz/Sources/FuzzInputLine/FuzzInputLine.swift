import Foundation
import FuzzDriver
@testable import CrawlCore

/// One input line, as both loops route it (`LineRouter`: `InputLine.parse`, libcurl's URL parser,
/// the scheme rules): a line answered at once must give a record that is one line of valid JSON;
/// a line to fetch must have a URL the worker wire can carry (no tab, newline or NUL).
nonisolated(unsafe) let parser = try! CurlURLParser()
nonisolated(unsafe) let router = LineRouter(parser: parser, shard: nil, skip: nil)
nonisolated(unsafe) let listRouter = LineRouter(parser: parser, shard: nil, skip: nil, everyLineIsAURL: true)
let formatter = RecordFormatter()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    // A line never holds its newline: the reader splits on it.
    let line = Array(UnsafeBufferPointer(start: data, count: size)).prefix { $0 != 0x0A }
    for router in [router, listRouter] {
        switch router.route(number: 7, bytes: line) {
        case .ignore:
            break
        case .answer(let record):
            var out: [UInt8] = []
            formatter.append(record, to: &out)
            guard out.last == 0x0A, out.dropLast().firstIndex(of: 0x0A) == nil else {
                fatalError("a record that is not one line: \(String(decoding: out, as: UTF8.self).debugDescription)")
            }
            guard String(validating: out, as: UTF8.self) != nil,
                (try? JSONSerialization.jsonObject(with: Data(out.dropLast()))) is [String: Any]
            else { fatalError("a record that is not a JSON object: \(out)") }
        case .fetch(let job):
            if job.url.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0 }) {
                fatalError("a URL the wire cannot carry: \(job.url.debugDescription)")
            }
        }
    }
    return 0
}

/// The entry point SwiftPM's renamed `main` calls (see `FuzzDriver`).
@_cdecl("FuzzInputLine_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { data, size in fuzz(data!, size) }
}
