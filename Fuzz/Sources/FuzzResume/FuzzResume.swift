import Foundation
import FuzzDriver
@testable import CrawlCore

/// `--resume`'s reader of an earlier output (JSON Lines, CSV or TSV, possibly cut mid-line, possibly
/// anything): it must not crash or blow up memory, count at most one line per row, and stop its
/// complete part at a newline.
let path = FileManager.default.temporaryDirectory.appendingPathComponent("crawl-fuzz-resume-\(getpid())").path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    _ = FileManager.default.createFile(atPath: path, contents: bytes)
    guard let answered = try? AnsweredLines(path: path) else { return 0 }
    let rows = bytes.filter { $0 == 0x0A }.count
    if answered.count > rows { fatalError("\(answered.count) lines answered in \(rows) rows") }
    if answered.completeLength > size || (answered.completeLength > 0 && bytes[answered.completeLength - 1] != 0x0A) {
        fatalError("the complete part ends at \(answered.completeLength), not after a newline")
    }
    return 0
}

/// The entry point SwiftPM's renamed `main` calls (see `FuzzDriver`).
@_cdecl("FuzzResume_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { data, size in fuzz(data!, size) }
}
