// FoundationEssentials, not Foundation: Foundation's ICU and the system ICU that libxml2's
// headers bring (through CrawlCore) clash in one module ("UErrorCode has different definitions").
import FoundationEssentials
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
                (try? JSONDecoder().decode([String: AnyJSON].self, from: Data(out.dropLast()))) != nil
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

/// Any JSON value: enough to check that a record parses as an object.
enum AnyJSON: Decodable {
    case null, bool(Bool), number(Double), string(String), array([AnyJSON]), object([String: AnyJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([AnyJSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: AnyJSON].self)) }
    }
}
